package com.kaoping.cycle.internal;

import com.kaoping.web.BadRequestException;
import com.kaoping.web.Paging;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ranking's optional query parameters, checked (a 400 names the parameter; docs/scale.md, "The ranking at
 * scale"): {@code q} part of a branch's code or name, case-insensitive; {@code sort} one of {@link #SORTS}, a leading
 * {@code -} for descending (default {@code rank}); {@code page} from 0 and {@code size} 1–500 (default 50 once either
 * is given). Without {@code page} and {@code size} every matching entry is answered, as before they existed.
 * Ranks are always those of the whole cycle: the query only filters, orders and cuts the ranked list.
 *
 * @param paging null: no paging (the same page and size as the other paged lists: {@link Paging})
 * @param search lower case, null: no filter
 */
record RankingQuery(Paging paging, String search, Comparator<Ranking.Entry> order) {

    static final int MAX_SEARCH = 100;

    /** Names sort the way a Chinese reader expects (拼音 order), the same for every reader. */
    private static final Collator NAMES = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    private static final Comparator<Ranking.Entry> BY_RANK =
            Comparator.comparingInt(Ranking.Entry::rank).thenComparing(Ranking.Entry::branch);

    /**
     * Sort keys, ascending; every order ends on the rank and the code, so pages never overlap. {@code grade} is the
     * grade's band, best first; a card stored without one sorts after every band.
     */
    static final Map<String, Comparator<Ranking.Entry>> SORTS = Map.of(
            "rank", BY_RANK,
            "totalScore", Comparator.comparing(Ranking.Entry::totalScore),
            "name", Comparator.comparing(RankingQuery::nameOf, NAMES::compare),
            "branch", Comparator.comparing(Ranking.Entry::branch),
            "grade",
                    Comparator.comparing(
                            Ranking.Entry::gradeLevel, Comparator.nullsLast(Comparator.<Integer>naturalOrder())));

    /** One page of the filtered entries and how many matched. */
    record Page(List<Ranking.Entry> entries, int total) {}

    static RankingQuery of(String page, String size, String q, String sort) {
        Paging paging = Paging.ofOptional(page, size);
        String search = null;
        if (!blank(q)) {
            search = q.strip().toLowerCase(Locale.ROOT);
            if (search.length() > MAX_SEARCH) {
                throw new BadRequestException("q", "problem.ranking.search", "max", MAX_SEARCH);
            }
        }
        String key = blank(sort) ? "rank" : sort.strip();
        boolean descending = key.startsWith("-");
        Comparator<Ranking.Entry> order = SORTS.get(descending ? key.substring(1) : key);
        if (order == null) {
            throw new BadRequestException(
                    "sort", "problem.ranking.sort", "sorts", String.join(", ", new TreeSet<>(SORTS.keySet())));
        }
        if (descending) {
            order = order.reversed();
        }
        return new RankingQuery(paging, search, order.thenComparing(BY_RANK));
    }

    Page apply(List<Ranking.Entry> ranked) {
        List<Ranking.Entry> matching =
                ranked.stream().filter(this::matches).sorted(order).toList();
        return new Page(paging == null ? matching : paging.of(matching), matching.size());
    }

    private boolean matches(Ranking.Entry e) {
        return search == null
                || e.branch().toLowerCase(Locale.ROOT).contains(search)
                || nameOf(e).toLowerCase(Locale.ROOT).contains(search);
    }

    private static String nameOf(Ranking.Entry e) {
        return e.name() == null ? e.branch() : e.name();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
