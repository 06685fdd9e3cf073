package com.kaoping.workflow.internal;

import com.kaoping.org.Branch;
import com.kaoping.org.Branches;
import com.kaoping.web.Text;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Notification texts as message codes (docs/i18n.md): what happened, the task concerned (its name from the message
 * files by task key, never the model's English name) and the branch, by name with its code.
 */
@Component
record NotificationMessages(Branches branches) {
    /** {@code code} with {@code task} (the task key's name), {@code branch} (code) and {@code branchName}. */
    Text of(String code, String taskKey, VariableScope scope) {
        String branchCode = Variables.branchCodeOrNull(scope);
        String name = branchCode == null
                ? ""
                : branches.find(branchCode).map(Branch::name).orElse(branchCode);
        return Text.of(
                branchCode == null ? code + ".noBranch" : code,
                "task",
                Text.of("task." + (taskKey == null ? "unknown" : taskKey)),
                "branch",
                branchCode == null ? "" : branchCode,
                "branchName",
                name);
    }
}
