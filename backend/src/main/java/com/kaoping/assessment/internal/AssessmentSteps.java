package com.kaoping.assessment.internal;

import com.kaoping.assessment.TaskContext;
import com.kaoping.web.ConflictException;
import com.kaoping.web.NotFoundException;
import org.springframework.stereotype.Component;

/** What every assessment step starts with: the assessment, locked for this transaction, and not locked for good. */
@Component
class AssessmentSteps {

    private final AssessmentMapper mapper;

    AssessmentSteps(AssessmentMapper mapper) {
        this.mapper = mapper;
    }

    AssessmentRow lockForWrite(TaskContext task) {
        if (task.assessmentId() == null) {
            throw new NotFoundException("Task " + task.taskId() + " belongs to no assessment");
        }
        AssessmentRow row = mapper.findForUpdate(task.assessmentId());
        if (row == null) {
            throw new NotFoundException("No assessment " + task.assessmentId());
        }
        if (row.locked) {
            throw new ConflictException("Assessment " + row.id + " is locked");
        }
        return row;
    }
}
