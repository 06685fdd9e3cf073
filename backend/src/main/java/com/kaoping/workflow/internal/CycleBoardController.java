package com.kaoping.workflow.internal;

import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.security.CurrentUser;
import com.kaoping.web.ForbiddenException;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cycle dashboard and 催办 for the leadership group and administrators, the review queue for a department
 * (docs/scale.md).
 */
@RestController
@RequiredArgsConstructor
class CycleBoardController {

    private final CycleBoard board;
    private final TaskReminders reminders;
    private final CurrentUser currentUser;

    @GetMapping("/api/cycles/{id}/dashboard")
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    CycleBoard.Dashboard dashboard(@PathVariable long id) {
        return board.dashboard(id);
    }

    /** The caller's department's queue: every branch of the cycle, its status, its findings there. REVIEWER only. */
    @GetMapping("/api/cycles/{id}/review-queue")
    List<CycleBoard.QueueEntry> reviewQueue(@PathVariable long id) {
        UserAccount user = currentUser.get();
        if (user.role() != Role.REVIEWER || user.orgUnitCode() == null) {
            throw new ForbiddenException("problem.reviewQueue.reviewersOnly");
        }
        return board.reviewQueue(id, user.orgUnitCode());
    }

    /** 催办: reminds the task's candidate groups now; once per task and day (409 after that). */
    @PostMapping("/api/tasks/{id}/remind")
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    ResponseEntity<Void> remind(@PathVariable String id) {
        reminders.remind(TaskController.checkedId(id, "id"), currentUser.get());
        return ResponseEntity.noContent().build();
    }
}
