package com.kaoping.org;

/**
 * A user with the hash of its password (DelegatingPasswordEncoder format, {@code {argon2}…} or an older
 * {@code {bcrypt}}/bare BCrypt hash), for authentication only.
 *
 * @param mustChangePassword set while the user has to choose a new password (an administrator set the current one)
 */
public record UserCredentials(UserAccount account, String passwordHash, boolean mustChangePassword) {}
