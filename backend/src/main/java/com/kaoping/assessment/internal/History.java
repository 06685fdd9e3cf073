package com.kaoping.assessment.internal;

import com.kaoping.org.Branch;
import com.kaoping.org.Branches;
import com.kaoping.org.OrgUnits;
import com.kaoping.web.Text;
import com.kaoping.web.TextJson;
import com.kaoping.web.Texts;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Appends to an assessment's history: who, when, what changed, why. What changed is kept as a message code and its
 * arguments (docs/i18n.md), shown in the reader's language; a {@code branch} or {@code department} argument gets its
 * name beside it ({@code branchName}, {@code departmentName}), so people read names, not codes. The detail column
 * keeps the Chinese text for readers of the table.
 */
@Component
record History(AssessmentMapper mapper, Texts texts, Branches branches, OrgUnits units) {
    void record(long assessmentId, String actor, String action, Text detail, String reason) {
        Text named = named(detail);
        String chinese = texts.render(named, Texts.ZH_CN);
        HistoryRow row = new HistoryRow();
        row.assessmentId = assessmentId;
        row.actor = actor;
        row.action = action;
        row.detail = chinese.length() <= 4000 ? chinese : chinese.substring(0, 3997) + "...";
        row.code = named.code();
        row.args = TextJson.args(named);
        row.reason = reason;
        row.at = Instant.now();
        mapper.insertHistory(row);
    }

    /** The entry's detail in the reader's language; an entry stored before codes shows its stored text. */
    String detail(HistoryRow row) {
        Text text = TextJson.read(row.code, row.args);
        return text == null ? row.detail : texts.render(text);
    }

    private Text named(Text text) {
        Map<String, Object> args = new LinkedHashMap<>();
        text.args().forEach((name, value) -> args.put(name, named(value)));
        if (args.get("branch") instanceof String code && !args.containsKey("branchName")) {
            args.put("branchName", branches.find(code).map(Branch::name).orElse(code));
        }
        if (args.get("department") instanceof String code && !args.containsKey("departmentName")) {
            // units are fixed by migration: their names are in the message files, in both languages
            args.put(
                    "departmentName", units.find(code).isPresent() ? Text.of("org.unit." + code) : Text.verbatim(code));
        }
        return new Text(text.code(), args);
    }

    private Object named(Object value) {
        if (value instanceof Text nested) {
            return named(nested);
        }
        if (value instanceof java.util.List<?> list) {
            return list.stream().map(this::named).toList();
        }
        return value;
    }
}
