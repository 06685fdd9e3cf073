package com.kaoping.workflow.internal;

import com.kaoping.cycle.CycleLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The leadership group published the ranking: the publicity period starts. */
@Component("publishCycleDelegate")
class PublishCycleDelegate implements JavaDelegate {

    private final CycleLifecycle cycles;

    PublishCycleDelegate(CycleLifecycle cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.published(Variables.cycleId(execution));
    }
}
