package com.kaoping.org.internal;

import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;

/** A row of kp_user. */
class UserRow {
    Long id;
    String username;
    String passwordHash;
    String displayName;
    Role role;
    String branchCode;
    String orgUnitCode;
    boolean enabled = true;
    boolean mustChangePassword;

    static UserRow of(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            String branchCode,
            String orgUnitCode) {
        UserRow row = new UserRow();
        row.username = username;
        row.passwordHash = passwordHash;
        row.displayName = displayName;
        row.role = role;
        row.branchCode = branchCode;
        row.orgUnitCode = orgUnitCode;
        return row;
    }

    UserAccount toAccount() {
        return new UserAccount(id, username, displayName, role, branchCode, orgUnitCode, enabled);
    }
}
