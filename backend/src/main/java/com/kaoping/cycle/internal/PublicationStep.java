package com.kaoping.cycle.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.kaoping.assessment.TaskContext;
import com.kaoping.assessment.TaskStep;
import org.springframework.stereotype.Component;

/** 公示: the leadership group publishes the ranking once every branch is locked (the process only gets here then). */
@Component
class PublicationStep implements TaskStep {

    @Override
    public String taskKey() {
        return "publication";
    }

    @Override
    public void complete(TaskContext task, JsonNode body) {
        // nothing to record: the process's publishCycle step marks the cycle published
    }
}
