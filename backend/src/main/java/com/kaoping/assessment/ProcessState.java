package com.kaoping.assessment;

import java.util.List;

/** Where an assessment's process stands; implemented by the workflow feature, which owns the engine. */
public interface ProcessState {

    /** Keys of the open user tasks of a process instance (several during parallel reviews). */
    List<String> activeTaskKeys(String processInstanceId);
}
