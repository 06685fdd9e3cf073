package com.kaoping.workflow.internal;

import com.kaoping.assessment.ProcessState;
import com.kaoping.cycle.CycleProcesses;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/** The engine side of what the assessment and cycle features need to know or start. */
@Service
record CamundaProcessState(RuntimeService runtime, TaskService tasks) implements ProcessState, CycleProcesses {
    static final String CYCLE_PROCESS = "cycle";
    static final String OBJECTION_MESSAGE = "objection";
    static final String ALL_LOCKED_MESSAGE = "allAssessmentsLocked";

    @Override
    public List<String> activeTaskKeys(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public String start(
            long cycleId,
            Instant selfAssessmentDue,
            Instant reviewDue,
            Instant bonusDue,
            Instant confirmationDue,
            String publicityPeriod) {
        return runtime.startProcessInstanceByKey(
                        CYCLE_PROCESS,
                        Long.toString(cycleId),
                        Variables.createVariables()
                                .putValue("cycleId", cycleId)
                                .putValue("selfAssessmentDue", date(selfAssessmentDue))
                                .putValue("reviewDue", date(reviewDue))
                                .putValue("bonusDue", date(bonusDue))
                                .putValue("confirmationDue", date(confirmationDue))
                                .putValue("publicityPeriod", publicityPeriod))
                .getId();
    }

    @Override
    public Map<String, Integer> waitingPerTask(long cycleId) {
        Map<String, Integer> counts = new TreeMap<>();
        tasks.createTaskQuery().processVariableValueEquals("cycleId", cycleId).list().stream()
                .map(t -> t.getTaskDefinitionKey() + "/" + t.getProcessInstanceId())
                .distinct()
                .forEach(key -> counts.merge(key.substring(0, key.indexOf('/')), 1, Integer::sum));
        return counts;
    }

    @Override
    public void raiseObjection(String cycleProcessInstanceId, long objectionId) {
        runtime.createMessageCorrelation(OBJECTION_MESSAGE)
                .processInstanceId(cycleProcessInstanceId)
                .setVariableLocal("objectionId", objectionId)
                .correlateWithResult();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
