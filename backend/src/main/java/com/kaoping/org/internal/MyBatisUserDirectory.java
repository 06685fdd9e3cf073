package com.kaoping.org.internal;

import com.kaoping.org.CandidateGroups;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.org.UserCredentials;
import com.kaoping.org.UserDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
record MyBatisUserDirectory(UserMapper users) implements UserDirectory {
    private static final String BRANCH_PREFIX = CandidateGroups.branch("");
    private static final String DEPARTMENT_PREFIX = CandidateGroups.department("");

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return Optional.ofNullable(users.findByUsername(username)).map(UserRow::toAccount);
    }

    @Override
    public Optional<UserCredentials> findCredentials(String username) {
        return Optional.ofNullable(users.findByUsername(username))
                .map(row -> new UserCredentials(row.toAccount(), row.passwordHash, row.mustChangePassword));
    }

    @Override
    public void upgradePasswordHash(String username, String newHash) {
        users.updatePasswordHash(username, newHash);
    }

    @Override
    public List<UserAccount> listAll() {
        return users.listAll().stream().map(UserRow::toAccount).toList();
    }

    /** The inverse of {@link CandidateGroups#of}: a group id back to the query that finds its members. */
    @Override
    public List<UserAccount> membersOf(String groupId) {
        List<UserRow> rows;
        if (groupId == null || groupId.isBlank()) {
            rows = List.of();
        } else if (groupId.equals(CandidateGroups.LEADERS)) {
            rows = users.listEnabled(Role.LEADER, null, null);
        } else if (groupId.equals(CandidateGroups.ENGINE_READERS)) {
            rows = users.listEnabled(Role.ADMIN, null, null);
        } else if (groupId.equals(CandidateGroups.CAMUNDA_ADMIN)) {
            rows = users.listEnabled(Role.OPERATOR, null, null);
        } else if (groupId.startsWith(BRANCH_PREFIX) && groupId.length() > BRANCH_PREFIX.length()) {
            rows = users.listEnabled(Role.BRANCH, groupId.substring(BRANCH_PREFIX.length()), null);
        } else if (groupId.startsWith(DEPARTMENT_PREFIX) && groupId.length() > DEPARTMENT_PREFIX.length()) {
            rows = users.listEnabled(Role.REVIEWER, null, groupId.substring(DEPARTMENT_PREFIX.length()));
        } else {
            rows = List.of();
        }
        return rows.stream().map(UserRow::toAccount).toList();
    }
}
