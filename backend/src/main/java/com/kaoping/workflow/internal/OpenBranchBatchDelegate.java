package com.kaoping.workflow.internal;

import com.kaoping.cycle.CycleRouting;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Opens one batch of a cycle's branches: starts a top-level {@code assessment} instance per branch (business key
 * {@code <cycleId>-<branch>}), skipping branches whose assessment was started already. Runs in the batch's job, so a
 * batch is opened all or nothing.
 */
@Component("openBranchBatchDelegate")
record OpenBranchBatchDelegate(CycleRouting routing) implements JavaDelegate {
    static final String ASSESSMENT_PROCESS = "assessment";
    static final String BATCH = "batch";
    private static final List<String> PASSED =
            List.of(Variables.CYCLE_ID, "selfAssessmentDue", "reviewDue", "bonusDue", "confirmationDue");

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = Variables.cycleId(execution);
        int batch = ((Number) execution.getVariable(BATCH)).intValue();
        List<String> codes = routing.branchCodes(cycleId, batch);
        if (codes.isEmpty()) {
            return;
        }
        String[] keys = codes.stream().map(code -> businessKey(cycleId, code)).toArray(String[]::new);
        Set<String> started = new HashSet<>();
        execution
                .getProcessEngineServices()
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(ASSESSMENT_PROCESS)
                .processInstanceBusinessKeyIn(keys)
                .list()
                .stream()
                .map(HistoricProcessInstance::getBusinessKey)
                .forEach(started::add);
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (String code : codes) {
            String key = businessKey(cycleId, code);
            if (started.contains(key)) {
                continue;
            }
            VariableMap variables =
                    org.camunda.bpm.engine.variable.Variables.createVariables().putValue(Variables.BRANCH_CODE, code);
            PASSED.forEach(name -> variables.putValue(name, execution.getVariable(name)));
            runtime.startProcessInstanceByKey(ASSESSMENT_PROCESS, key, variables);
        }
        wakeJobAcquisitionOnCommit();
    }

    /**
     * The cycle's next batch can be acquired once this one's job is gone: wake the job acquisition then, rather than
     * leave it to its idle wait of up to 2 s per batch. Camunda's own hint would lock every batch at creation instead
     * (docs/reliability.md, "Recovery after kill -9").
     */
    private static void wakeJobAcquisitionOnCommit() {
        CommandContext context = Context.getCommandContext();
        JobExecutor jobExecutor =
                context == null ? null : context.getProcessEngineConfiguration().getJobExecutor();
        if (jobExecutor != null) {
            context.getTransactionContext()
                    .addTransactionListener(TransactionState.COMMITTED, committed -> jobExecutor.jobWasAdded());
        }
    }

    static String businessKey(long cycleId, String branchCode) {
        return cycleId + "-" + branchCode;
    }
}
