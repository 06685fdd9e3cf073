package com.kaoping.standard.internal;

import com.kaoping.web.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a table cell of numbered entries ({@code 1.…}, one per line) into entries. Numbers come from the text; a
 * number missing one digit of the one expected (the 2021 table prints rule 77 as {@code 7.}) is read as the expected
 * one, and every such reading is reported. A line without a number continues the entry before it (Word wraps long
 * entries).
 * <p>
 * Pure Java and stateless.
 */
final class NumberedEntries {

    /**
     * @param number  the entry's number as read
     * @param text    the entry's wording without its number
     * @param problem what was read differently from the print (a {@code standard.warning.*} text), or null
     */
    record Entry(int number, String text, Text problem) {}

    /** {@code 12.}, {@code 12．}, {@code 12、} or {@code １２.}; not {@code 2.5分}. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,4})\\s*[.、,](?!\\d)\\s*(.*)$", Pattern.DOTALL);

    private NumberedEntries() {}

    /**
     * @param cell     the cell's text; null or blank gives no entries
     * @param expected the number the first entry should carry (the one after the last entry read before)
     */
    static List<Entry> split(String cell, int expected) {
        List<Entry> entries = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return entries;
        }
        int next = expected;
        StringBuilder text = null;
        int number = 0;
        Text problem = null;
        for (String rawLine : cell.split("\\R")) {
            String line = ClauseParser.normalise(rawLine).strip();
            String originalLine = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = NUMBERED.matcher(line);
            if (m.matches()) {
                if (text != null) {
                    entries.add(new Entry(number, text.toString(), problem));
                }
                int printed = Integer.parseInt(m.group(1));
                problem = null;
                if (printed == next) {
                    number = printed;
                } else if (missesOneDigit(printed, next)) {
                    number = next;
                    problem = Text.of("standard.warning.misprinted", "printed", printed, "number", next);
                } else {
                    number = printed;
                    problem = Text.of("standard.warning.misnumbered", "printed", printed, "expected", next);
                }
                // the wording as printed, after the number: full-width text stays as it was
                text = new StringBuilder(originalLine.substring(
                        originalLine.length() - m.group(2).length()));
                next = number + 1;
            } else if (text != null) {
                text.append(originalLine);
            } else {
                number = next;
                problem = Text.of("standard.warning.unnumbered", "number", next);
                text = new StringBuilder(originalLine);
                next = number + 1;
            }
        }
        entries.add(new Entry(number, text.toString(), problem));
        return entries;
    }

    /** Whether {@code printed} is {@code expected} with one digit left out (7 for 77, 8 for 18). */
    static boolean missesOneDigit(int printed, int expected) {
        String e = Integer.toString(expected);
        String p = Integer.toString(printed);
        if (p.length() != e.length() - 1) {
            return false;
        }
        for (int i = 0; i < e.length(); i++) {
            if ((e.substring(0, i) + e.substring(i + 1)).equals(p)) {
                return true;
            }
        }
        return false;
    }
}
