package com.kaoping.security.internal;

import java.time.Instant;

/** One personal API token: its owner, its name and the SHA-256 of its secret (the secret itself is never kept). */
class ApiTokenRow {
    Long id;
    String username;
    String name;
    String tokenHash;
    String tokenPrefix;
    Instant createdAt;
    Instant lastUsedAt;

    ApiTokenController.TokenView toView() {
        return new ApiTokenController.TokenView(id, name, tokenPrefix, createdAt, lastUsedAt, null);
    }
}
