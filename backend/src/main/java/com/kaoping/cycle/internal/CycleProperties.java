package com.kaoping.cycle.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Opening cycles (docs/configuration.md, docs/benchmarks.md).
 *
 * @param openingBatchSize branches opened per job when a cycle opens, fixed per cycle; 50 by measurement (docs/reliability.md)
 */
@ConfigurationProperties("kaoping.cycle")
record CycleProperties(@DefaultValue("50") int openingBatchSize) {}
