package com.kaoping.assessment.internal;

import com.kaoping.notification.Notifications;
import com.kaoping.org.CandidateGroups;
import com.kaoping.web.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a locked result before it is shown and, the first time a link is found tampered, alerts the
 * administrators (one notification per link, recorded in kp_tamper_alert, however often it is shown).
 */
@Component
record TamperAlarm(ResultChain chain, LockedResultMapper mapper, Notifications notifications) {
    private static final Logger log = LoggerFactory.getLogger(TamperAlarm.class);

    /** @return true when the stored link no longer matches its hash */
    boolean tampered(LockedResultRow row) {
        if (chain.intact(row)) {
            return false;
        }
        alarm(row);
        return true;
    }

    /** {@link #tampered} for many links, checked together: the ids of the tampered ones. */
    Set<Long> tamperedOf(List<LockedResultRow> rows) {
        Set<Long> intact = chain.intactOf(rows);
        Set<Long> tampered = new HashSet<>();
        for (LockedResultRow row : rows) {
            if (!intact.contains(row.id)) {
                alarm(row);
                tampered.add(row.id);
            }
        }
        return tampered;
    }

    private void alarm(LockedResultRow row) {
        if (mapper.recordTamperAlert(row.id) > 0) {
            log.error(
                    "Locked result {} (assessment {}, revision {}) does not match its hash",
                    row.id,
                    row.assessmentId,
                    row.revision);
            notifications.toGroup(
                    CandidateGroups.ENGINE_READERS, // every ADMIN
                    Notifications.Kind.TAMPERED,
                    Text.of("notification.tampered", "assessment", row.assessmentId, "revision", row.revision),
                    row.assessmentId,
                    null);
        }
    }
}
