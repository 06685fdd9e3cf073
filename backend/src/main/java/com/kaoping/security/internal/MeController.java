package com.kaoping.security.internal;

import com.kaoping.org.UserAccount;
import com.kaoping.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping
    Me me() {
        UserAccount user = currentUser.get();
        return new Me(user.username(), user.displayName(), user.role().name(), user.branchCode(), user.orgUnitCode());
    }

    /** The signed-in user; {@code branch} for BRANCH users, {@code department} for reviewers and the leadership group. */
    record Me(String username, String displayName, String role, String branch, String department) {}
}
