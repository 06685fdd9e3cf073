package com.kaoping.scoring;

import java.util.List;

/**
 * The bonus section (加分) of the incentive category.
 *
 * @param category  the category's name (激励约束项)
 * @param name      the primary heading (加分)
 * @param secondary the secondary heading (党建思想政治工作取得突出成效)
 */
public record BonusSection(String category, String name, String secondary, List<BonusRule> rules) {

    public BonusSection {
        rules = List.copyOf(rules);
    }
}
