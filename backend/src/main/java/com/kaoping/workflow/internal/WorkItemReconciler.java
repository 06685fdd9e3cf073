package com.kaoping.workflow.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        // the rows first, the links second: a task opened in between has no row read, one completed in between
        // loses its row either way. Compared here, not in SQL: the database would compare Kaoping's utf8mb4 keys
        // with Camunda's utf8mb3 ones pair by pair (15 s for 12,000 rows, docs/scale.md).
        List<WorkItemMapper.Key> rows = items.keys();
        Set<WorkItemMapper.Key> links = new HashSet<>(items.candidateLinks());
        int removed = 0;
        for (WorkItemMapper.Key row : rows) {
            if (!links.contains(row)) {
                removed += items.delete(row.taskId(), row.groupId());
            }
        }
        int added = items.insertMissing();
        if (removed + added > 0) {
            log.info("Task list index: {} rows added, {} orphaned rows removed", added, removed);
        }
    }
}
