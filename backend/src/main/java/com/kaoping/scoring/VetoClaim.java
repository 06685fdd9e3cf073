package com.kaoping.scoring;

/** A one-vote veto applied under a veto rule (89–97), with the leadership group's reason. */
public record VetoClaim(int rule, String reason) {}
