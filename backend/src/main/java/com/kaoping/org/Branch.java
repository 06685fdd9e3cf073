package com.kaoping.org;

/** A grassroots Party general branch (党总支). */
public record Branch(String code, String name, boolean active) {}
