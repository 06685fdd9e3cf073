package com.kaoping.cycle.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Opening cycles (docs/configuration.md, docs/benchmarks.md).
 *
 * @param openingBatchSize branches opened per job when a cycle opens; 100 by measurement (docs/benchmarks.md)
 */
@ConfigurationProperties("kaoping.cycle")
record CycleProperties(@DefaultValue("100") int openingBatchSize) {}
