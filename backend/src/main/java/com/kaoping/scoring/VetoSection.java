package com.kaoping.scoring;

import java.util.List;

/**
 * The veto section (否决) of the incentive category.
 *
 * @param name      the primary heading (否决)
 * @param secondary the secondary heading (党建工作责任制不落实,或产生重大不良影响)
 */
public record VetoSection(String name, String secondary, List<VetoRule> rules) {

    public VetoSection {
        rules = List.copyOf(rules);
    }
}
