package com.kaoping.workflow.internal;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Short notification texts: what (the task or flow name as modelled) and for which branch. */
final class NotificationMessages {

    private NotificationMessages() {}

    static String of(String what, VariableScope scope) {
        String branchCode = Variables.branchCodeOrNull(scope);
        String subject = what == null || what.isBlank() ? "Kaoping" : what;
        return branchCode == null ? subject : subject + " · " + branchCode;
    }
}
