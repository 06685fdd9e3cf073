package com.kaoping.assessment.internal;

import com.kaoping.assessment.TaskContext;
import com.kaoping.ownership.IndicatorOwnership;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.web.ConflictException;
import com.kaoping.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link Assessment} aggregate: for a write its row locked for the transaction and refused once locked for
 * good; always with the engine of its own standard version and the ownership read once.
 */
@Component
record AssessmentRepository(AssessmentMapper mapper, Scorer scorer, IndicatorOwnership ownership, History history) {
    Assessment lockForWrite(TaskContext task) {
        if (task.assessmentId() == null) {
            throw new NotFoundException("problem.task.noAssessment", "task", task.taskId());
        }
        AssessmentRow row = mapper.findForUpdate(task.assessmentId());
        if (row == null) {
            throw new NotFoundException("problem.assessment.notFound", "assessment", task.assessmentId());
        }
        if (row.locked) {
            throw new ConflictException("problem.assessment.locked", "assessment", row.id);
        }
        return of(row);
    }

    /** For reading only (the process's gateways): no row lock. */
    Assessment read(long assessmentId) {
        AssessmentRow row = mapper.find(assessmentId);
        if (row == null) {
            throw new NotFoundException("problem.assessment.notFound", "assessment", assessmentId);
        }
        return of(row);
    }

    private Assessment of(AssessmentRow row) {
        ScoringEngine engine = scorer.engine(row);
        return new Assessment(row, engine, ownership.of(engine.standard()), mapper, scorer, history);
    }
}
