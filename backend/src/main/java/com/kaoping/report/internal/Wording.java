package com.kaoping.report.internal;

import com.kaoping.scoring.ExplanationKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The Chinese wording the printed forms share (the organisation files them in Chinese). */
final class Wording {

    /** Times are printed in the organisation's time zone (configurable as kaoping.report.zone, docs/reports.md). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Wording() {}

    static String kind(ExplanationKind kind) {
        return switch (kind) {
            case DEDUCTION -> "扣分";
            case CAP -> "扣分封顶";
            case FLOOR -> "最低0分";
            case ZERO_OUT -> "本项不得分";
            case BONUS -> "加分";
            case BONUS_CAP -> "加分封顶";
            case VETO -> "否决";
        };
    }

    static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    static String quarter(int year, int quarter) {
        return year + "年第" + quarter + "季度";
    }
}
