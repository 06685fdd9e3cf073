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

    /** For MyBatis, which fills the fields from a query. */
    UserRow() {}

    /** A new account, enabled, whose password need not be changed; not yet stored ({@code id} null). */
    UserRow(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            String branchCode,
            String orgUnitCode) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.branchCode = branchCode;
        this.orgUnitCode = orgUnitCode;
    }

    UserAccount toAccount() {
        return new UserAccount(id, username, displayName, role, branchCode, orgUnitCode, enabled);
    }
}
