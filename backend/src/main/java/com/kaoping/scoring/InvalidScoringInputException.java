package com.kaoping.scoring;

/**
 * Input the engine refuses, naming the offending entry, e.g. {@code findings[2].clause}.
 */
public class InvalidScoringInputException extends IllegalArgumentException {

    private final String field;
    private final InputProblem problem;

    public InvalidScoringInputException(InputProblem problem) {
        super(problem.field() + ": " + problem.message());
        this.field = problem.field();
        this.problem = problem;
    }

    /** The problem with its message code and arguments. */
    public InputProblem problem() {
        return problem;
    }

    /** The JSON-style path of the offending entry, e.g. {@code bonuses[0].points}. */
    public String field() {
        return field;
    }
}
