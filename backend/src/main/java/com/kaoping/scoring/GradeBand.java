package com.kaoping.scoring;

import java.math.BigDecimal;

/** A total of at least {@code min} earns {@code grade} (e.g. 90 → 好). */
public record GradeBand(BigDecimal min, String grade) {}
