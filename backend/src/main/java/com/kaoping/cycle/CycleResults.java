package com.kaoping.cycle;

import com.kaoping.org.UserAccount;
import java.util.List;

/** Reads of cycles and their rankings for neighbouring features (reports, the year's ranking). */
public interface CycleResults {

    /**
     * @throws com.kaoping.web.NotFoundException no such cycle
     */
    CycleSummary cycle(long cycleId);

    /** The cycles of one year, by quarter. */
    List<CycleSummary> ofYear(int year);

    /**
     * The cycle's ranking exactly as {@code GET /api/cycles/{id}/ranking} shows it to {@code reader}: the leadership
     * group and administrators always, everyone else once published.
     *
     * @throws com.kaoping.web.NotFoundException  no such cycle
     * @throws com.kaoping.web.ForbiddenException not published yet and the reader is no insider
     */
    List<RankedResult> ranking(long cycleId, UserAccount reader);
}
