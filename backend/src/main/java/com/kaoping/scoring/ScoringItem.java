package com.kaoping.scoring;

import java.util.List;

/** A scoring item (评分项), numbered 1–79 in the 2021 standard, with the rules that score it. */
public record ScoringItem(int number, String text, List<Rule> rules) {

    public ScoringItem {
        rules = List.copyOf(rules);
    }
}
