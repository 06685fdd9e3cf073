package com.kaoping.scoring;

import java.util.List;

/**
 * A scoring rule (评分说明), numbered separately from the items (1–84 deduct, in the 2021 standard).
 *
 * @param text the seed's wording, verbatim, without the leading number
 */
public record Rule(int number, String text, List<Clause> clauses) {

    public Rule {
        clauses = List.copyOf(clauses);
    }
}
