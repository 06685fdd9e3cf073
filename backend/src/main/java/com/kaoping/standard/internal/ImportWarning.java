package com.kaoping.standard.internal;

/**
 * Something an import could not read as printed, for the administrator to check before confirming.
 *
 * @param row     the table row (1-based, as Excel numbers it), or null for a YAML or JSON file
 * @param rule    the rule number concerned, or null
 * @param text    the wording concerned, verbatim
 * @param message what was not understood, or how it was read
 */
record ImportWarning(Integer row, Integer rule, String text, String message) {}
