package com.kaoping.org;

/**
 * Published, inside the transaction that made the change, when a user is created or changed (role, branch,
 * department, enabled, name or password), so that copies of the directory (Camunda's identity service) follow.
 */
public record UserAccountChanged(UserAccount account) {}
