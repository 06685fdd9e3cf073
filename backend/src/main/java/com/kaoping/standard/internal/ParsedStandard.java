package com.kaoping.standard.internal;

import com.kaoping.scoring.Standard;
import java.util.List;
import java.util.Map;

/**
 * A standard read from an upload, before it is stored.
 *
 * @param standard the standard as read; may not validate
 * @param warnings what was read differently from the print or not at all
 * @param problems the validator's findings; empty when the standard can be imported
 * @param source   the table's rows (column header → cell text, with {@code row}) or, for a file, its text
 */
record ParsedStandard(Standard standard, List<ImportWarning> warnings, List<String> problems, Object source) {

    ParsedStandard {
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** One row of the source table. */
    record SourceRow(int row, Map<String, String> cells) {}
}
