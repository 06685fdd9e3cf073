package com.kaoping.scoring;

/** A one-vote veto rule (89–97 in the 2021 standard), applied by the leadership group. */
public record VetoRule(int number, int item, String itemText, String text) {}
