package com.kaoping.workflow.internal;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;

/**
 * The engine's history level {@value #NAME} (docs/reliability.md, "History"): what an auditor needs of the engine and
 * nothing Kaoping records better itself. Kept: process instances, task instances (created, due, completed), the
 * events and timers that were passed, variables' last values, incidents and failed jobs, batches. Left out: every
 * update of a variable (ACT_HI_DETAIL; Kaoping keeps each draft, decision and revision, hash-chained), the activity
 * instances of gateways, service tasks, multi-instance bodies and user tasks (the task instances say it), the
 * multi-instance counters, reviewers' departments and deadlines among the variables, the job log of every timer
 * created and deleted, candidate-group links (they come from the model), and the engine's operation log (Kaoping's
 * history names who completed each step; its audit log records every action through the engine's API).
 */
final class AuditHistoryLevel extends AbstractHistoryLevel {

    static final String NAME = "kaoping";
    /** Any number apart from Camunda's own 0–3; stored in ACT_GE_PROPERTY. */
    static final int ID = 11;

    private static final Set<String> SKIPPED_ACTIVITY_TYPES = Set.of(
            "userTask",
            "serviceTask",
            "exclusiveGateway",
            "parallelGateway",
            "inclusiveGateway",
            "eventBasedGateway",
            "multiInstanceBody");

    /**
     * The multi-instance counters, the department of each review (its task's candidate group; Kaoping's decisions name
     * it), and the deadlines (variables ending in "Due": each task instance carries its due date).
     */
    private static final Set<String> SKIPPED_VARIABLES =
            Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter", "department");

    private static final Set<HistoryEventType> KEPT = Set.of(
            HistoryEventTypes.PROCESS_INSTANCE_START,
            HistoryEventTypes.PROCESS_INSTANCE_UPDATE,
            HistoryEventTypes.PROCESS_INSTANCE_MIGRATE,
            HistoryEventTypes.PROCESS_INSTANCE_END,
            HistoryEventTypes.TASK_INSTANCE_CREATE,
            HistoryEventTypes.TASK_INSTANCE_UPDATE,
            HistoryEventTypes.TASK_INSTANCE_MIGRATE,
            HistoryEventTypes.TASK_INSTANCE_COMPLETE,
            HistoryEventTypes.TASK_INSTANCE_DELETE,
            HistoryEventTypes.INCIDENT_CREATE,
            HistoryEventTypes.INCIDENT_MIGRATE,
            HistoryEventTypes.INCIDENT_DELETE,
            HistoryEventTypes.INCIDENT_RESOLVE,
            HistoryEventTypes.INCIDENT_UPDATE,
            HistoryEventTypes.JOB_FAIL,
            HistoryEventTypes.EXTERNAL_TASK_FAIL,
            HistoryEventTypes.BATCH_START,
            HistoryEventTypes.BATCH_UPDATE,
            HistoryEventTypes.BATCH_END,
            HistoryEventTypes.DMN_DECISION_EVALUATE);

    private static final Set<HistoryEventType> ACTIVITY = Set.of(
            HistoryEventTypes.ACTIVITY_INSTANCE_START,
            HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
            HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE,
            HistoryEventTypes.ACTIVITY_INSTANCE_END);

    private static final Set<HistoryEventType> VARIABLE = Set.of(
            HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
            HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (KEPT.contains(eventType)) {
            return true;
        }
        if (ACTIVITY.contains(eventType)) {
            return !(entity instanceof ExecutionEntity execution && skipped(execution.getActivity()));
        }
        if (VARIABLE.contains(eventType)) {
            return !(entity instanceof VariableInstanceEntity variable && skipped(variable.getName()));
        }
        return false;
    }

    private static boolean skipped(String variable) {
        return variable != null && (SKIPPED_VARIABLES.contains(variable) || variable.endsWith("Due"));
    }

    private static boolean skipped(PvmActivity activity) {
        return activity != null && SKIPPED_ACTIVITY_TYPES.contains(String.valueOf(activity.getProperty("type")));
    }
}
