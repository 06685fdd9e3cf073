package com.kaoping.standard.internal;

import com.kaoping.web.Text;

/**
 * Something an import could not read as printed, for the administrator to check before confirming. The dry run
 * answers it as {@code row}, {@code rule}, {@code text} and {@code message} (DESIGN.md §4), the message rendered in
 * the request's language from its {@code code} and {@code args}, which it carries too (docs/i18n.md).
 *
 * @param row     the table row (1-based, as Excel numbers it), or null for a YAML or JSON file
 * @param rule    the rule number concerned, or null
 * @param text    the wording concerned, verbatim
 * @param message what was not understood, or how it was read: a {@code standard.warning.*} code and its arguments
 */
record ImportWarning(Integer row, Integer rule, String text, Text message) {}
