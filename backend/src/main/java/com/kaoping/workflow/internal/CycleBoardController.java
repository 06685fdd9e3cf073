package com.kaoping.workflow.internal;

import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.security.CurrentUser;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.Paging;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cycle dashboard, 催办 and the summary of the confirmations for the leadership group and administrators, the
 * review queue for a department (docs/scale.md).
 */
@RestController
@RequiredArgsConstructor
class CycleBoardController {

    private final CycleBoard board;
    private final ConfirmationBoard confirmations;
    private final TaskReminders reminders;
    private final CurrentUser currentUser;

    @GetMapping("/api/cycles/{id}/dashboard")
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    CycleBoard.Dashboard dashboard(@PathVariable long id) {
        return board.dashboard(id);
    }

    /**
     * 领导小组认定汇总: every branch of the cycle awaiting the leadership group's confirmation with its figures, a page
     * at a time like {@code GET /api/tasks} ({@code page}, {@code size}, the total in {@code X-Total-Count});
     * {@code branch}: part of the code or name; {@code sort}: {@code branch} (default), {@code due}, {@code self},
     * {@code reviewed}, {@code difference}, {@code bonus}, {@code vetoes}, each descending with {@code -}.
     */
    @GetMapping("/api/cycles/{id}/confirmations")
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    ResponseEntity<List<ConfirmationBoard.Entry>> confirmations(
            @PathVariable long id,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String branch) {
        Paging paging = Paging.of(page, size);
        List<ConfirmationBoard.Entry> all = confirmations.entries(id, branch, sort);
        return ResponseEntity.ok()
                .header(Paging.TOTAL_COUNT, Integer.toString(all.size()))
                .body(paging.of(all));
    }

    /**
     * One open confirmation's place in the summary's order (same {@code branch} and {@code sort}) with the one before
     * and after it: the confirmation page's 上一个 / 下一个. 404 when the task is not an open confirmation there.
     */
    @GetMapping("/api/cycles/{id}/confirmations/{task}")
    @PreAuthorize("hasAnyRole('LEADER','ADMIN')")
    ConfirmationBoard.Place confirmation(
            @PathVariable long id,
            @PathVariable String task,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String branch) {
        return confirmations.place(id, TaskController.checkedId(task, "task"), branch, sort);
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
