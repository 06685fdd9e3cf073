package com.kaoping.org;

/**
 * A user as the rest of Kaoping sees it (never with its password hash).
 *
 * @param branchCode  the branch a BRANCH user works for, else null
 * @param orgUnitCode the department of a REVIEWER (ORG, PUB, …) or LEAD for the leadership group, else null
 */
public record UserAccount(
        long id,
        String username,
        String displayName,
        Role role,
        String branchCode,
        String orgUnitCode,
        boolean enabled) {}
