package com.kaoping.workflow.internal;

import com.kaoping.org.CandidateGroups;
import com.kaoping.org.EngineOperators;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.org.UserAccountChanged;
import com.kaoping.org.UserDirectory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mirrors Kaoping's users and their groups into Camunda's identity service, so that Tasklist and Cockpit see
 * the same people and candidate groups as Kaoping. Kaoping stays the source of truth: Camunda passwords are
 * random and unused (administrators reach the web apps through Kaoping's sign-in). Every user at start-up, and
 * each user an administrator creates or changes, in the transaction of that change; a disabled user keeps its
 * Camunda user but belongs to no group.
 */
@Component
@Order(10)
@RequiredArgsConstructor
class IdentityMirror implements ApplicationRunner {

    private final UserDirectory directory;
    private final IdentityService identity;
    private final EngineAuthorizations authorizations;
    private final EngineOperators operators;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        directory.listAll().forEach(this::mirror);
        ensureGroup(CandidateGroups.ENGINE_READERS);
        ensurePlaceholderAdministrator();
        identity.createGroupQuery().list().forEach(group -> authorizations.grantFor(group.getId()));
    }

    /** Runs in the publisher's transaction: the user row and its Camunda copy commit or roll back together. */
    @EventListener
    void onChange(UserAccountChanged event) {
        mirror(event.account());
    }

    void mirror(UserAccount account) {
        User user = identity.createUserQuery().userId(account.username()).singleResult();
        if (user == null) {
            user = identity.newUser(account.username());
            user.setPassword(UUID.randomUUID().toString());
        }
        user.setFirstName(account.displayName());
        user.setLastName(account.role().name());
        identity.saveUser(user);

        Set<String> current = new HashSet<>();
        identity.createGroupQuery().groupMember(account.username()).list().forEach(g -> current.add(g.getId()));
        // an OPERATOR holds engine rights only while the break-glass switch is on (docs/security.md)
        boolean effective = account.enabled() && (account.role() != Role.OPERATOR || operators.breakGlass());
        List<String> groups = effective ? CandidateGroups.of(account) : List.of();
        for (String groupId : groups) {
            ensureGroup(groupId);
            if (!current.remove(groupId)) {
                identity.createMembership(account.username(), groupId);
            }
        }
        current.forEach(stale -> identity.deleteMembership(account.username(), stale));
    }

    /** Keeps Camunda's web apps from offering their first-administrator set-up (see CandidateGroups). */
    private void ensurePlaceholderAdministrator() {
        String id = CandidateGroups.ENGINE_PLACEHOLDER;
        if (identity.createUserQuery().userId(id).singleResult() == null) {
            User user = identity.newUser(id);
            user.setPassword(UUID.randomUUID() + "-" + UUID.randomUUID());
            user.setFirstName("placeholder");
            user.setLastName("cannot sign in");
            identity.saveUser(user);
        }
        ensureGroup(CandidateGroups.CAMUNDA_ADMIN);
        if (identity.createUserQuery()
                        .userId(id)
                        .memberOfGroup(CandidateGroups.CAMUNDA_ADMIN)
                        .count()
                == 0) {
            identity.createMembership(id, CandidateGroups.CAMUNDA_ADMIN);
        }
    }

    private void ensureGroup(String groupId) {
        if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType(
                    groupId.equals(CandidateGroups.CAMUNDA_ADMIN) || groupId.equals(CandidateGroups.ENGINE_READERS)
                            ? "SYSTEM"
                            : "WORKFLOW");
            identity.saveGroup(group);
            authorizations.grantFor(groupId);
        }
    }
}
