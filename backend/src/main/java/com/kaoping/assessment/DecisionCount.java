package com.kaoping.assessment;

/**
 * How many decisions of one step one department (null: the leadership group's own) took in a cycle, and how many of
 * them returned the assessment: for the cycle dashboard.
 */
public record DecisionCount(String step, String department, int decided, int returned) {}
