package com.kaoping.standard.internal;

import com.kaoping.scoring.BonusScope;
import com.kaoping.scoring.Clause;
import com.kaoping.scoring.ClauseKind;
import com.kaoping.web.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the deductions out of a rule's wording (评分说明) as organisations print them: one clause per deduction, in
 * printed order, each clause's text quoted verbatim from the rule. The wordings understood are listed in
 * {@code docs/standards.md}. Whatever looks like a deduction but is not understood is reported, never guessed: as a
 * message code ({@code standard.warning.*}) with its arguments, rendered in the reader's language (docs/i18n.md).
 * <p>
 * Pure Java and stateless; thread-safe.
 */
final class ClauseParser {

    /** The clauses read, and one message per thing that could not be read. */
    record Result(List<Clause> clauses, List<Text> problems) {

        Result {
            clauses = List.copyOf(clauses);
            problems = List.copyOf(problems);
        }
    }

    /** A bonus rule's cap (备注:所有加分上限不得超过一级指标分数10% / 此项加分上限不得超过3分). */
    record BonusCap(BonusScope scope, BigDecimal capPercent, BigDecimal cap) {}

    /** Arabic digits, or a Chinese numeral (一, 两, 十二, 零点五, 半). */
    private static final String NUM = "(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百半点]+)";
    /** Units counted by per-unit clauses; 人.次 and 人·次 are how the seed writes 人次. */
    private static final String UNIT = "(人\\s*[.·・]?\\s*次|次|篇|项|条|人|个|处|份|例|起|天|名|家|户|件|期|场|批|台|张)";

    private static final Pattern DEDUCTION = Pattern.compile(
            // a cap on the clause before: 最多扣0.6分, 本项最多扣1分, 累计最高扣2分, 扣分不超过1分
            "(?<cap>(?:本评分项|本项|此项|该项|本条|累计)?(?:最多|最高)(?:只)?扣\\s*(?:除|减)?\\s*" + NUM + "\\s*分"
                    + "|扣分(?:最多)?不(?:超过|得超过|高于)" + NUM + "\\s*分)"
                    // per unit, unit first: 每少1次扣0.2分, 每发现一项扣0.2分, 每缺一人次扣0.3分, 每次扣0.2分
                    + "|(?<each>每[\\p{IsHan}&&[^扣,;。每]]{0,3}?" + NUM + "?" + UNIT + "\\s*,?\\s*扣\\s*(?:除|减)?\\s*" + NUM
                    + "\\s*分)"
                    // per unit without 每: 少1篇扣0.2分, 缺一项扣0.5分
                    + "|(?<short>(?:少|缺|差|漏)" + NUM + UNIT + "\\s*,?\\s*扣\\s*(?:除|减)?\\s*" + NUM + "\\s*分)"
                    // per unit, unit last: 扣0.1分/篇, 扣0.5分/人次, 扣0.2 分/项, 扣1分/次
                    + "|(?<per>扣\\s*(?:除|减)?\\s*" + NUM + "\\s*分\\s*/\\s*每?" + UNIT + ")"
                    // flat: 扣0.5分
                    + "|(?<flat>扣\\s*(?:除|减)?\\s*" + NUM + "\\s*分)"
                    + "|(?<zero>(?:本|该|此)(?:评分)?项(?:目)?不得分)"
                    + "|(?<veto>一票否决)");

    /** Matches a remaining 扣, 不得分 or 一票否决 that no pattern read. */
    private static final Pattern LEFTOVER = Pattern.compile("扣|不得分|一票否决");

    private static final Pattern BONUS_PERCENT =
            Pattern.compile("加分(?:上限)?(?:不得|不能|不)?(?:超过|高于)一级指标(?:分数|分值)?(?:的)?" + NUM + "\\s*%");
    private static final Pattern BONUS_POINTS =
            Pattern.compile("加分(?:上限)?(?:不得|不能|不)?(?:超过|高于)" + NUM + "\\s*分|最多加" + NUM + "\\s*分");

    private static final String SEPARATORS = ";,、。:  \t\r\n";

    /** Splits a deduction rule's text into its clauses {@code <rule>.1}, {@code <rule>.2}, … */
    Result parse(int ruleNumber, String text) {
        String original = text == null ? "" : text;
        String t = normalise(original);
        List<Draft> drafts = new ArrayList<>();
        List<Text> problems = new ArrayList<>();
        boolean[] read = new boolean[t.length()];
        int pos = 0;
        Matcher m = DEDUCTION.matcher(t);
        while (m.find()) {
            java.util.Arrays.fill(read, m.start(), m.end(), true);
            if (m.group("cap") != null) {
                BigDecimal cap = number(firstNonNull(m, 2, 3), problems, m.group());
                if (drafts.isEmpty()) {
                    problems.add(Text.of("standard.warning.capAlone", "cap", m.group()));
                } else {
                    Draft last = drafts.get(drafts.size() - 1);
                    if (last.kind == ClauseKind.ZERO_OUT || last.kind == ClauseKind.VETO) {
                        problems.add(Text.of(
                                "standard.warning.capAfterNoAmount",
                                "cap",
                                m.group(),
                                "kind",
                                Text.of("standard.kind." + last.kind.name())));
                    } else if (last.cap != null) {
                        problems.add(Text.of(
                                "standard.warning.capTwice",
                                "cap",
                                m.group(),
                                "clause",
                                ruleNumber + "." + drafts.size()));
                    } else {
                        last.cap = cap;
                    }
                }
                // not a clause of its own: the next clause starts after it
                pos = m.end();
                continue;
            }
            int start = skipSeparators(t, pos, m.start());
            Draft d = new Draft(original.substring(start, m.end()));
            if (m.group("each") != null) {
                perUnit(d, m.group(5), m.group(6), m.group(7), problems, m.group());
            } else if (m.group("short") != null) {
                perUnit(d, m.group(9), m.group(10), m.group(11), problems, m.group());
            } else if (m.group("per") != null) {
                perUnit(d, null, m.group(14), m.group(13), problems, m.group());
            } else if (m.group("flat") != null) {
                d.kind = ClauseKind.FLAT;
                d.amount = number(m.group(16), problems, m.group());
            } else if (m.group("zero") != null) {
                d.kind = ClauseKind.ZERO_OUT;
            } else {
                d.kind = ClauseKind.VETO;
            }
            drafts.add(d);
            pos = m.end();
        }
        Matcher left = LEFTOVER.matcher(t);
        while (left.find()) {
            if (!read[left.start()]) {
                problems.add(Text.of(
                        "standard.warning.notUnderstood",
                        "word",
                        left.group(),
                        "context",
                        context(original, left.start())));
            }
        }
        String tail = original.substring(skipSeparators(t, pos, t.length())).strip();
        if (!drafts.isEmpty() && !tail.isEmpty() && !onlyPunctuation(tail)) {
            problems.add(Text.of("standard.warning.trailingText", "tail", tail));
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(Text.of("standard.warning.noDeduction"));
        }
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            clauses.add(new Clause(ruleNumber + "." + (i + 1), d.kind, d.amount, d.unit, d.cap, d.text));
        }
        return new Result(clauses, problems);
    }

    /** The cap a bonus rule states in its wording; null with a problem when it states none. */
    BonusCap bonusCap(String text, List<Text> problems) {
        String t = normalise(text == null ? "" : text);
        Matcher percent = BONUS_PERCENT.matcher(t);
        if (percent.find()) {
            BigDecimal p = number(percent.group(1), problems, percent.group());
            return p == null ? null : new BonusCap(BonusScope.INDICATOR, p, null);
        }
        Matcher points = BONUS_POINTS.matcher(t);
        if (points.find()) {
            BigDecimal p =
                    number(points.group(1) != null ? points.group(1) : points.group(2), problems, points.group());
            return p == null ? null : new BonusCap(BonusScope.ASSESSMENT, null, p);
        }
        problems.add(Text.of("standard.warning.noBonusCap"));
        return null;
    }

    private static void perUnit(Draft d, String count, String unit, String amount, List<Text> problems, String all) {
        d.kind = ClauseKind.PER_UNIT;
        d.unit = unit.replaceAll("[\\s.·・]", "");
        d.amount = number(amount, problems, all);
        if (count != null) {
            BigDecimal n = number(count, problems, all);
            if (n != null && n.compareTo(BigDecimal.ONE) != 0) {
                // 每少2次扣0.5分 is not amount × count; refusing beats rounding it silently
                problems.add(Text.of(
                        "standard.warning.perSeveral", "wording", all, "count", n.toPlainString(), "unit", d.unit));
            }
        }
    }

    private static String firstNonNull(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static int skipSeparators(String t, int from, int to) {
        int i = from;
        while (i < to && SEPARATORS.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean onlyPunctuation(String s) {
        return s.codePoints().allMatch(c -> SEPARATORS.indexOf(c) >= 0 || "()\"“”'‘’!?…".indexOf(c) >= 0);
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 8), Math.min(text.length(), at + 8));
    }

    /**
     * Full-width ASCII (０-９, ，；：（）／％．) becomes half-width and the ideographic space a space, one character for
     * one, so that positions in the normalised text are positions in the original.
     */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** A number in digits or in Chinese (一 … 九十九, 两, 半, 零点五); null with a problem if unreadable. */
    static BigDecimal number(String s, List<Text> problems, String where) {
        if (s == null) {
            return null;
        }
        if (Character.isDigit(s.charAt(0))) {
            return new BigDecimal(s);
        }
        BigDecimal chinese = chinese(s);
        if (chinese == null) {
            problems.add(Text.of("standard.warning.notANumber", "value", s, "wording", where));
        }
        return chinese;
    }

    private static BigDecimal chinese(String s) {
        if (s.equals("半")) {
            return new BigDecimal("0.5");
        }
        int dot = s.indexOf('点');
        String whole = dot < 0 ? s : s.substring(0, dot);
        Integer w = whole.isEmpty() ? Integer.valueOf(0) : chineseInteger(whole);
        if (w == null) {
            return null;
        }
        if (dot < 0) {
            return BigDecimal.valueOf(w);
        }
        StringBuilder fraction = new StringBuilder();
        for (char c : s.substring(dot + 1).toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return null;
            }
            fraction.append(d);
        }
        return fraction.isEmpty() ? null : new BigDecimal(w + "." + fraction);
    }

    private static Integer chineseInteger(String s) {
        int total = 0;
        int current = -1;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                if (current >= 0) {
                    return null; // 二三 is no number
                }
                current = d;
            } else if (c == '十' || c == '百') {
                int scale = c == '十' ? 10 : 100;
                total += (current < 0 ? 1 : current) * scale;
                current = -1;
            } else {
                return null;
            }
        }
        return total + Math.max(current, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static final class Draft {
        final String text;
        ClauseKind kind;
        BigDecimal amount;
        String unit;
        BigDecimal cap;

        Draft(String text) {
            this.text = text;
        }
    }
}
