package com.kaoping.notification.internal;

import com.kaoping.security.CurrentUser;
import com.kaoping.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications; nobody else's are ever visible or markable. */
@RestController
@RequestMapping("/api/notifications")
record NotificationController(MyBatisNotifications notifications, CurrentUser currentUser) {
    /** Newest first, at most 100; {@code ?unread=true} for the unread ones only. */
    @GetMapping
    List<NotificationView> list(@RequestParam(defaultValue = "false") boolean unread) {
        return notifications.listFor(currentUser.get().username(), unread);
    }

    /** Another user's id is 404 as if it did not exist. Marking twice keeps the first reading. */
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable long id) {
        if (!notifications.markRead(id, currentUser.get().username())) {
            throw new NotFoundException("problem.notification.notFound", "notification", id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", notifications.markAllRead(currentUser.get().username()));
    }
}
