package com.kaoping.workflow.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.kaoping.org.CandidateGroups;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.stereotype.Component;

/**
 * Camunda's own authorization (enabled by {@code camunda.bpm.authorization.enabled}) decides what the engine's REST API
 * and web apps let a signed-in user do. Kaoping's administrators ({@link CandidateGroups#ENGINE_READERS}) may open
 * Cockpit, read definitions, instances, history and incidents, and retry failed jobs; nothing here lets them deploy,
 * modify or delete instances or history, write variables or complete tasks. Only the {@code camunda-admin} group
 * (break-glass OPERATOR accounts, none by default) may. Kaoping's own calls run without an engine user (unchecked), or,
 * when completing a task, as the user with its candidate groups, which may work on tasks. See docs/security.md.
 */
@Component
record EngineAuthorizations(AuthorizationService authorizations) {
    /** Per resource: what an engine reader is granted on every instance of it. */
    private static final List<Grant> READER_GRANTS = List.of(
            new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
            new Grant(
                    Resources.PROCESS_DEFINITION,
                    ANY,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK,
                    ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
                    ProcessDefinitionPermissions.RETRY_JOB),
            new Grant(
                    Resources.PROCESS_INSTANCE,
                    ANY,
                    ProcessInstancePermissions.READ,
                    ProcessInstancePermissions.RETRY_JOB),
            new Grant(Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_HISTORY),
            new Grant(Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ),
            new Grant(Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
            new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ),
            new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ),
            new Grant(Resources.BATCH, ANY, BatchPermissions.READ, BatchPermissions.READ_HISTORY),
            new Grant(Resources.OPERATION_LOG_CATEGORY, ANY, UserOperationLogCategoryPermissions.READ),
            new Grant(Resources.USER, ANY, Permissions.READ),
            new Grant(Resources.GROUP, ANY, Permissions.READ));

    /** Kaoping's work groups complete tasks through Kaoping only (which checks the candidate group per task). */
    private static final List<Grant> WORKER_GRANTS = List.of(new Grant(Resources.TASK, ANY, TaskPermissions.TASK_WORK));

    /** Grants a group what it needs, once; idempotent, so it runs at every start-up and for every new group. */
    void grantFor(String groupId) {
        if (groupId.equals(CandidateGroups.CAMUNDA_ADMIN)) {
            return; // Camunda's administrators pass every check anyway
        }
        List<Grant> grants = groupId.equals(CandidateGroups.ENGINE_READERS) ? READER_GRANTS : WORKER_GRANTS;
        for (Grant grant : grants) {
            boolean present = authorizations
                            .createAuthorizationQuery()
                            .groupIdIn(groupId)
                            .resourceType(grant.resource())
                            .resourceId(grant.resourceId())
                            .count()
                    > 0;
            if (!present) {
                Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(groupId);
                authorization.setResource(grant.resource());
                authorization.setResourceId(grant.resourceId());
                for (Permission permission : grant.permissions()) {
                    authorization.addPermission(permission);
                }
                authorizations.saveAuthorization(authorization);
            }
        }
    }

    private record Grant(Resource resource, String resourceId, Permission... permissions) {}
}
