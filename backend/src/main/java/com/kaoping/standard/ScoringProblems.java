package com.kaoping.standard;

import com.kaoping.scoring.InputProblem;
import com.kaoping.scoring.InvalidScoringInputException;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.Text;
import java.util.Map;

/** The engine's input problems as 400s with their message code and arguments (docs/i18n.md). */
public final class ScoringProblems {

    private ScoringProblems() {}

    public static BadRequestException badRequest(InputProblem problem) {
        return new BadRequestException(problem.field(), new Text(problem.code(), Map.copyOf(problem.args())));
    }

    public static BadRequestException badRequest(InvalidScoringInputException e) {
        return badRequest(e.problem());
    }
}
