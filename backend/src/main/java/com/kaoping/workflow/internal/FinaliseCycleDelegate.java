package com.kaoping.workflow.internal;

import com.kaoping.cycle.CycleLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The publicity period is over and every objection answered: the cycle is final. */
@Component("finaliseCycleDelegate")
record FinaliseCycleDelegate(CycleLifecycle cycles) implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
        cycles.finalised(Variables.cycleId(execution));
    }
}
