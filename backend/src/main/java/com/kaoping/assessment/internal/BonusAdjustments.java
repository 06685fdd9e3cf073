package com.kaoping.assessment.internal;

import com.kaoping.assessment.internal.Inputs.BonusInput;
import com.kaoping.web.BadRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Applies adjusted bonus entries ({rule, indicator, points, note}) to the declared bonuses they name; used by
 * the departments' endorsement and the leadership group's confirmation. Points 0 refuses a bonus.
 */
@Component
class BonusAdjustments {

    interface Setter {
        void set(BonusRow row, BigDecimal points, String note);
    }

    /** @return one line per change, for the history */
    List<String> apply(
            List<BonusRow> rows, List<BonusInput> entries, Setter setter, Function<BonusRow, BigDecimal> current) {
        List<String> changes = new ArrayList<>();
        List<BonusInput> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            String field = "bonuses[" + i + "]";
            BonusInput entry = list.get(i);
            if (entry == null || entry.rule() == null) {
                throw new BadRequestException(field + ".rule", field + ".rule is required");
            }
            BonusRow row = rows.stream()
                    .filter(b -> b.ruleNumber == entry.rule() && Objects.equals(b.indicator, entry.indicator()))
                    .findFirst()
                    .orElseThrow(() -> new BadRequestException(
                            field,
                            field + ": no declared bonus under rule " + entry.rule()
                                    + (entry.indicator() == null ? "" : " for " + entry.indicator())
                                    + " to adjust here"));
            BigDecimal points = entry.points();
            if (points == null
                    || points.signum() < 0
                    || points.stripTrailingZeros().scale() > 2) {
                throw new BadRequestException(
                        field + ".points", field + ".points must be 0 or more, with at most two decimals");
            }
            BigDecimal before = current.apply(row);
            if (before.compareTo(points) != 0) {
                String note =
                        Inputs.required(entry.note(), field + ".note", field + ".note: a changed bonus needs a reason");
                setter.set(row, points, note);
                changes.add(row.ruleNumber + (row.indicator == null ? "" : " " + row.indicator) + ": " + before + " → "
                        + points + " (" + note + ")");
            }
        }
        return changes;
    }
}
