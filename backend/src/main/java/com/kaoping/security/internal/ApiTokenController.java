package com.kaoping.security.internal;

import com.kaoping.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API tokens: create (the secret in the answer, once), list, revoke. */
@RestController
@RequestMapping("/api/me/tokens")
record ApiTokenController(ApiTokens tokens, CurrentUser currentUser) {
    @GetMapping
    List<TokenView> list() {
        return tokens.list(currentUser.get().username());
    }

    /** {@code {"name": "nightly export"}} → 201 with {@code token}, the secret, shown this once. */
    @PostMapping
    ResponseEntity<TokenView> create(@RequestBody CreateToken request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.create(currentUser.get().username(), request.name()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(currentUser.get().username(), id);
        return ResponseEntity.noContent().build();
    }

    record CreateToken(String name) {}

    /** A token as its owner sees it; {@code token} (the secret) only in the answer that created it. */
    record TokenView(Long id, String name, String prefix, Instant created, Instant lastUsed, String token) {}
}
