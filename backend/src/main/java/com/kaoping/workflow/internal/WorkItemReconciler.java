package com.kaoping.workflow.internal;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the task list's index (V96) in line with Camunda's open tasks when the application starts: fills it for
 * tasks opened before it existed and drops rows of tasks that are gone. Both statements may run on several nodes at
 * once; they only add what is missing and remove what is orphaned (docs/scale.md, "The task list").
 */
@Component
@RequiredArgsConstructor
class WorkItemReconciler {

    private static final Logger log = LoggerFactory.getLogger(WorkItemReconciler.class);

    private final WorkItemMapper items;

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void reconcile() {
        int removed = items.deleteOrphans();
        int added = items.insertMissing();
        if (removed + added > 0) {
            log.info("Task list index: {} rows added, {} orphaned rows removed", added, removed);
        }
    }
}
