package com.kaoping.org.internal;

import com.kaoping.audit.AuditEvent;
import com.kaoping.org.Branch;
import com.kaoping.org.CandidateGroups;
import com.kaoping.org.EngineOperators;
import com.kaoping.org.OrgUnit;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccessChanged;
import com.kaoping.org.UserAccount;
import com.kaoping.org.UserAccountChanged;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import com.kaoping.web.NotFoundException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes in the organisation: branches and users. Every user change publishes
 * {@link UserAccountChanged} inside the transaction, so Camunda's identity mirror commits or rolls back with it.
 */
@Service
@RequiredArgsConstructor
class OrganisationAdministration {

    static final Pattern BRANCH_CODE = Pattern.compile("[A-Z0-9]{2,16}");
    /** Starts with a letter: a name such as 12345, 0.001 or -1e5 reads as a number in scripts and spreadsheets. */
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9._-]{2,63}");
    /** Words that spreadsheets and JSON tools read as numbers or nothing. */
    static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("infinity", "nan", "null", "true", "false");

    static final int MAX_NAME = 100;

    private final BranchMapper branches;
    private final UserMapper users;
    private final OrgUnitMapper orgUnits;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final EngineOperators operators;

    record BranchForm(String code, String name, Boolean active) {}

    /**
     * A user as sent by the administration page. On update, a null field keeps its value; {@code branch} and
     * {@code department} are kept only where the role needs them.
     */
    record UserForm(
            String username,
            String displayName,
            String role,
            String branch,
            String department,
            Boolean enabled,
            String password) {}

    @Transactional
    Branch createBranch(BranchForm form) {
        String code = form.code() == null ? "" : form.code().trim();
        if (!BRANCH_CODE.matcher(code).matches()) {
            throw new BadRequestException("code", "problem.branch.code");
        }
        String name = name(form.name(), "name");
        if (branches.exists(code)) {
            throw new ConflictException("problem.branch.exists", "branch", code);
        }
        try {
            branches.insert(code, name);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("problem.branch.exists", "branch", code);
        }
        if (Boolean.FALSE.equals(form.active())) {
            branches.update(code, name, false);
        }
        return branches.find(code);
    }

    @Transactional
    Branch updateBranch(String code, BranchForm form) {
        Branch current = branches.find(code);
        if (current == null) {
            throw new NotFoundException("problem.branch.notFound", "branch", code);
        }
        String name = form.name() == null ? current.name() : name(form.name(), "name");
        boolean active = form.active() == null ? current.active() : form.active();
        branches.update(code, name, active);
        return branches.find(code);
    }

    @Transactional
    UserAccount createUser(UserForm form, String actor) {
        String username = form.username() == null ? "" : form.username().trim();
        if (!USERNAME.matcher(username).matches() || NUMBER_WORDS.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BadRequestException("username", "problem.user.username");
        }
        if (username.equals(CandidateGroups.ENGINE_PLACEHOLDER)) {
            throw new BadRequestException("username", "problem.user.reserved", "username", username);
        }
        String displayName = name(form.displayName(), "displayName");
        if (form.role() == null) {
            throw new BadRequestException("role", "problem.user.role", "roles", Arrays.toString(Role.values()));
        }
        Role role = role(form.role());
        String password = password(form.password(), username);
        if (password == null) {
            throw new BadRequestException("password", "problem.password.required", "min", PasswordPolicy.MIN_LENGTH);
        }
        UserRow row = new UserRow(username, null, displayName, role, null, null);
        placeByRole(row, form.branch(), form.department());
        if (users.findByUsername(username) != null) {
            throw new ConflictException("problem.user.exists", "username", username);
        }
        row.passwordHash = encoder.encode(password);
        // the administrator knows this password: the user must choose their own at first sign-in
        row.mustChangePassword = true;
        row.enabled = form.enabled() == null || form.enabled();
        try {
            users.insert(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("problem.user.exists", "username", username);
        }
        events.publishEvent(new AuditEvent(
                "USER_CREATED", actor, username, Map.of("role", role.name(), "enabled", String.valueOf(row.enabled))));
        return changed(username);
    }

    @Transactional
    UserAccount updateUser(String username, UserForm form, String actor) {
        UserRow row = existing(username);
        boolean wasActiveAdmin = row.role == Role.ADMIN && row.enabled;
        Access before = Access.of(row);
        if (form.displayName() != null) {
            row.displayName = name(form.displayName(), "displayName");
        }
        Role role = form.role() == null ? row.role : role(form.role());
        String branch = form.branch() != null ? form.branch() : row.branchCode;
        String department = form.department() != null ? form.department() : row.orgUnitCode;
        row.role = role;
        placeByRole(row, branch, department);
        if (form.enabled() != null) {
            row.enabled = form.enabled();
        }
        String password = password(form.password(), username);
        if (password != null) {
            row.passwordHash = encoder.encode(password);
            // set by someone else: known to them, so the user must replace it at the next sign-in
            row.mustChangePassword = !username.equals(actor);
        }
        boolean stillActiveAdmin = row.role == Role.ADMIN && row.enabled;
        if (wasActiveAdmin && !stillActiveAdmin) {
            if (username.equals(actor)) {
                throw new ConflictException("problem.user.self");
            }
            if (users.countByRole(Role.ADMIN) <= 1) {
                throw new ConflictException("problem.user.lastAdmin");
            }
        }
        users.update(row);
        Access after = Access.of(row);
        if (!before.equals(after) || password != null) {
            Map<String, String> details = new LinkedHashMap<>(after.differencesFrom(before));
            if (password != null) {
                details.put("password", "set");
            }
            events.publishEvent(new AuditEvent("USER_CHANGED", actor, username, details));
            events.publishEvent(new UserAccessChanged(username));
        }
        return changed(username);
    }

    /**
     * A user changes their own password: the current one must be right, the new one must follow the policy. Every
     * session of the user ends (the current one too), so they sign in again with the new password.
     */
    @Transactional
    void changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserRow row = existing(username);
        if (currentPassword == null || !encoder.matches(currentPassword, row.passwordHash)) {
            throw new BadRequestException("currentPassword", "problem.password.wrong");
        }
        if (newPassword == null || newPassword.isEmpty()) {
            throw new BadRequestException("newPassword", "problem.password.newRequired");
        }
        policy.check(newPassword, username, "newPassword");
        String password = newPassword;
        if (password.equals(currentPassword)) {
            throw new BadRequestException("newPassword", "problem.password.same");
        }
        row.passwordHash = encoder.encode(password);
        row.mustChangePassword = false;
        users.update(row);
        events.publishEvent(new AuditEvent("PASSWORD_CHANGED", username, username, Map.of()));
        events.publishEvent(new UserAccessChanged(username));
        changed(username);
    }

    /** What decides a user's access, to tell an access change (sessions end) from a new display name. */
    private record Access(Role role, String branch, String department, boolean enabled) {
        static Access of(UserRow row) {
            return new Access(row.role, row.branchCode, row.orgUnitCode, row.enabled);
        }

        Map<String, String> differencesFrom(Access before) {
            Map<String, String> details = new LinkedHashMap<>();
            if (role != before.role) {
                details.put("role", before.role + " -> " + role);
            }
            if (!Objects.equals(branch, before.branch)) {
                details.put("branch", before.branch + " -> " + branch);
            }
            if (!Objects.equals(department, before.department)) {
                details.put("department", before.department + " -> " + department);
            }
            if (enabled != before.enabled) {
                details.put("enabled", before.enabled + " -> " + enabled);
            }
            return details;
        }
    }

    private UserRow existing(String username) {
        UserRow row = users.findByUsername(username);
        if (row == null) {
            throw new NotFoundException("problem.user.notFound", "username", username);
        }
        return row;
    }

    private UserAccount changed(String username) {
        UserAccount account = users.findByUsername(username).toAccount();
        events.publishEvent(new UserAccountChanged(account));
        return account;
    }

    /** BRANCH works for an existing branch, REVIEWER for a department, LEADER in the leadership group, ADMIN alone. */
    private void placeByRole(UserRow row, String branch, String department) {
        row.branchCode = null;
        row.orgUnitCode = null;
        switch (row.role) {
            case BRANCH -> {
                String code = blankToNull(branch);
                if (code == null) {
                    throw new BadRequestException("branch", "problem.user.branchRequired");
                }
                if (!branches.exists(code)) {
                    throw new BadRequestException("branch", "problem.branch.notFound", "branch", code);
                }
                row.branchCode = code;
            }
            case REVIEWER -> {
                String code = blankToNull(department);
                if (code == null) {
                    throw new BadRequestException("department", "problem.user.departmentRequired");
                }
                OrgUnit unit = orgUnits.find(code);
                if (unit == null || !unit.isDepartment()) {
                    throw new BadRequestException("department", "problem.owner.notDepartment", "department", code);
                }
                row.orgUnitCode = code;
            }
            case LEADER -> row.orgUnitCode = leadershipUnit();
            case ADMIN, OPERATOR -> {
                // an administrator or engine operator belongs to no branch or department
            }
        }
    }

    private String leadershipUnit() {
        List<OrgUnit> leadership = orgUnits.list().stream()
                .filter(u -> OrgUnit.LEADERSHIP.equals(u.kind()))
                .toList();
        return leadership.isEmpty() ? null : leadership.get(0).code();
    }

    private Role role(String value) {
        if (value == null) {
            return null;
        }
        Role role;
        try {
            role = Role.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("role", "problem.user.role", "roles", Arrays.toString(Role.values()));
        }
        if (role == Role.OPERATOR && !operators.breakGlass()) {
            // break-glass only: the switch is the server's configuration, not the administrator's (docs/security.md)
            throw new BadRequestException("role", "problem.user.operator");
        }
        return role;
    }

    /** The new password, or null when none is given (an empty string counts as none). */
    private String password(String value, String username) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        policy.check(value, username, "password");
        return value;
    }

    private static String name(String value, String field) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.isEmpty()) {
            throw new BadRequestException(field, "problem.required");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new BadRequestException(field, "problem.text.tooLong", "max", MAX_NAME, "length", trimmed.length());
        }
        return trimmed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
