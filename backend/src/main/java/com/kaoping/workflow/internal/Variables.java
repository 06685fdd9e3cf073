package com.kaoping.workflow.internal;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the process variables the models and delegates share. */
final class Variables {

    static final String CYCLE_ID = "cycleId";
    static final String BRANCH_CODE = "branchCode";
    static final String ASSESSMENT_ID = "assessmentId";

    private Variables() {}

    static long cycleId(VariableScope scope) {
        return ((Number) required(scope, CYCLE_ID)).longValue();
    }

    static long assessmentId(VariableScope scope) {
        return ((Number) required(scope, ASSESSMENT_ID)).longValue();
    }

    /** The assessment id where there is one (not in the cycle process). */
    static Long assessmentIdOrNull(VariableScope scope) {
        Object value = scope.getVariable(ASSESSMENT_ID);
        return value == null ? null : ((Number) value).longValue();
    }

    static String branchCodeOrNull(VariableScope scope) {
        Object value = scope.getVariable(BRANCH_CODE);
        return value == null ? null : value.toString();
    }

    private static Object required(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Process variable " + name + " is missing");
        }
        return value;
    }
}
