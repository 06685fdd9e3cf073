package com.kaoping.security.internal;

import com.kaoping.org.UserAccount;
import com.kaoping.org.UserCredentials;
import com.kaoping.org.UserDirectory;
import com.kaoping.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
record MeController(CurrentUser currentUser, UserDirectory directory) {
    @GetMapping
    Me me() {
        UserAccount user = currentUser.get();
        boolean mustChange = directory
                .findCredentials(user.username())
                .map(UserCredentials::mustChangePassword)
                .orElse(false);
        return new Me(
                user.username(),
                user.displayName(),
                user.role().name(),
                user.branchCode(),
                user.orgUnitCode(),
                mustChange);
    }

    /**
     * The signed-in user; {@code branch} for BRANCH users, {@code department} for reviewers and the leadership group;
     * {@code mustChangePassword} while the user has to choose a new password before anything else.
     */
    record Me(
            String username,
            String displayName,
            String role,
            String branch,
            String department,
            boolean mustChangePassword) {}
}
