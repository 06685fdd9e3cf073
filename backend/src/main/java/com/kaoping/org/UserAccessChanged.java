package com.kaoping.org;

/**
 * Published, inside the transaction that made the change, when what a user may do or how they sign in changed:
 * disabled or enabled, a new password, role, branch or department. Whoever keeps sessions ends the user's sessions.
 */
public record UserAccessChanged(String username) {}
