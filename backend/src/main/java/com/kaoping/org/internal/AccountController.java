package com.kaoping.org.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user's own account: every role may change its own password. */
@RestController
record AccountController(OrganisationAdministration administration) {
    /** 204, and every session of the user ends: the next request needs the new password. */
    @PostMapping("/api/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change, Authentication auth, HttpServletRequest request) {
        administration.changeOwnPassword(
                auth.getName(),
                change == null ? null : change.currentPassword(),
                change == null ? null : change.newPassword());
        // the session store has already dropped it (UserAccessChanged); do not write it back at the end
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    record PasswordChange(String currentPassword, String newPassword) {}
}
