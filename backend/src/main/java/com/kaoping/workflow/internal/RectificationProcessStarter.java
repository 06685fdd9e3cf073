package com.kaoping.workflow.internal;

import com.kaoping.rectification.RectificationOpened;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts an assessment's rectification process (processes/rectification.bpmn) when its locked result opened items, in
 * the transaction of the lock, so the items and the process exist together or not at all. The business key is the
 * assessment's id: one process per assessment, a retried lock opens no second one.
 */
@Component
record RectificationProcessStarter(RuntimeService runtime) {
    static final String PROCESS = "rectification";
    static final String DUE = "rectificationDue";

    @EventListener
    void opened(RectificationOpened opened) {
        String key = Long.toString(opened.assessmentId());
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey(PROCESS)
                        .processInstanceBusinessKey(key)
                        .count()
                > 0) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ASSESSMENT_ID, opened.assessmentId());
        variables.put(Variables.CYCLE_ID, opened.cycleId());
        variables.put(Variables.BRANCH_CODE, opened.branchCode());
        variables.put(DUE, Date.from(opened.due()));
        runtime.startProcessInstanceByKey(PROCESS, key, variables);
    }
}
