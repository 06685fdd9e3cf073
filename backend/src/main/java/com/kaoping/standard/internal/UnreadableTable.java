package com.kaoping.standard.internal;

import com.kaoping.standard.InvalidStandardException;
import com.kaoping.web.Text;
import java.util.List;

/**
 * A table upload that cannot be read at all (no workbook, no header row), with its reason as a message code
 * ({@code problem.standard.table.*}) for the problem detail in the reader's language (docs/i18n.md); the exception's
 * own message, for logs, is the code and arguments.
 */
final class UnreadableTable extends InvalidStandardException {

    private final transient Text problem;

    UnreadableTable(String source, Text problem, Throwable cause) {
        super(source, List.of(problem.toString()), cause);
        this.problem = problem;
    }

    Text problem() {
        return problem;
    }
}
