package com.kaoping.org;

/** A user with the BCrypt hash of its password, for authentication only. */
public record UserCredentials(UserAccount account, String passwordHash) {}
