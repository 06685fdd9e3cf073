package com.kaoping.workflow.internal;

import com.kaoping.cycle.CycleLifecycle;
import com.kaoping.cycle.CycleRouting;
import com.kaoping.notification.Notifications;
import com.kaoping.notification.Notifications.Kind;
import com.kaoping.org.CandidateGroups;
import com.kaoping.web.Text;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The leadership group published the ranking: the publicity period starts, and every branch of the cycle is told. */
@Component("publishCycleDelegate")
record PublishCycleDelegate(CycleLifecycle cycles, CycleRouting routing, Notifications notifications)
        implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = Variables.cycleId(execution);
        cycles.published(cycleId);
        routing.branchCodes(cycleId)
                .forEach(branch -> notifications.toGroup(
                        CandidateGroups.branch(branch), Kind.PUBLISHED, Text.of("notification.published"), null, null));
    }
}
