package com.kaoping.security.internal;

import com.kaoping.web.BadRequestException;
import com.kaoping.web.NotFoundException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Failed sign-ins and locks, per account and per client address, for administrators, who may lift a lock. */
@RestController
@RequestMapping("/api/admin/sign-in-locks")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class SignInLockController {

    private final SignInThrottle throttle;

    @GetMapping
    List<ThrottleRow.View> list() {
        return throttle.list();
    }

    /** {@code ?kind=ACCOUNT&subject=branch01} or {@code ?kind=ADDRESS&subject=203.0.113.7}: 204, or 404. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@RequestParam String kind, @RequestParam String subject, Authentication auth) {
        if (!SignInThrottle.ACCOUNT.equals(kind) && !SignInThrottle.ADDRESS.equals(kind)) {
            throw new BadRequestException("kind", "problem.lock.kind");
        }
        if (!throttle.unlock(kind, subject, auth.getName())) {
            throw new NotFoundException("problem.lock.notFound", "kind", kind, "subject", subject);
        }
    }
}
