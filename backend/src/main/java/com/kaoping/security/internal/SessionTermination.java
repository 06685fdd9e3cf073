package com.kaoping.security.internal;

import com.kaoping.org.UserAccessChanged;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user whose access changed (disabled, new password, role, branch or department), in the
 * transaction of the change; sessions live in the database, so this ends them on every node at once.
 */
@Component
record SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
    @EventListener
    void onAccessChanged(UserAccessChanged event) {
        sessions.findByPrincipalName(event.username()).keySet().forEach(sessions::deleteById);
    }
}
