package org.newsgraph.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few Python string behaviours that score.py's output depends on, reproduced exactly: {@code str.strip()},
 * string order ({@code sorted()} compares code points, not UTF-16 units), {@code len()} in code points,
 * {@code repr()} of strings and lists, {@code unicodedata.combining}, {@code \b} and {@code \w} of {@code re},
 * {@code round(x, 3)} and {@code format(x, ".2f")}. Not API; stateless, thread-safe.
 */
final class PyText {
    private PyText() {
    }

    /** Python's {@code sorted()} order of {@code str}: by code point. Nulls ({@code None}) first. */
    static final Comparator<String> ORDER = Comparator.nullsFirst(PyText::compareCodePoints);

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** {@code len(s)}: the number of code points. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code str(x)} for the values score.py puts in f-strings: a string, or {@code None}. */
    static String str(String s) {
        return s == null ? "None" : s;
    }

    /** {@code str.isspace()} for one code point (Python's own table, which includes no-break spaces). */
    static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** {@code s.strip()} with no argument. */
    static String strip(String s) {
        int begin = 0;
        int end = s.length();
        while (begin < end && isSpace(s.codePointAt(begin))) {
            begin += Character.charCount(s.codePointAt(begin));
        }
        while (end > begin && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(begin, end);
    }

    /** A word character of Python's {@code re} on {@code str} patterns: alphanumeric or underscore. */
    static boolean isWordChar(int c) {
        if (c == '_' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static final ConcurrentHashMap<Integer, Boolean> COMBINING = new ConcurrentHashMap<>();

    /**
     * {@code unicodedata.combining(c) != 0}: whether the code point has a non-zero canonical combining class. Java
     * does not expose the class, so it is read off canonical reordering: a mark of class k is moved before a
     * following U+0334 (class 1) when k > 1, and before a preceding U+0345 (class 240) when k < 240. Meant for
     * characters that NFD leaves alone, which every character of an NFKD result is.
     */
    static boolean isCombining(int c) {
        if (c < 0x300) {
            return false;
        }
        return COMBINING.computeIfAbsent(c, PyText::probeCombining);
    }

    private static boolean probeCombining(int c) {
        String ch = new String(Character.toChars(c));
        if (!Normalizer.normalize(ch, Normalizer.Form.NFD).equals(ch)) {
            return false;
        }
        String low = "a" + ch + "\u0334";
        String high = "a\u0345" + ch;
        return !Normalizer.normalize(low, Normalizer.Form.NFD).equals(low)
                || !Normalizer.normalize(high, Normalizer.Form.NFD).equals(high);
    }

    /** {@code s.lower()}: full Unicode lower-casing, locale-independent. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code repr(s)} of a {@code str}. */
    static String repr(String s) {
        if (s == null) {
            return "None";
        }
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7F) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7F || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xFF) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xFFFF) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code str(list)} of a list of {@code str}: {@code ['a', "O'Brien"]}. */
    static String repr(List<String> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(repr(list.get(i)));
        }
        return b.append(']').toString();
    }

    /** {@code round(x, 3)}: the exact binary value rounded half to even, as Python does. */
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** {@code format(x, ".2f")}: the exact binary value rounded half to even (Java's %.2f rounds half up). */
    static String fixed2(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * {@code repr(x)} of a float as {@code json.dumps} writes it, for the finite values a score takes: the shortest
     * digits that read back to x ({@link Double#toString} gives those), in plain notation with at least one decimal.
     */
    static String repr(double x) {
        double abs = Math.abs(x);
        if (!Double.isFinite(x) || (x != 0 && (abs < 1e-4 || abs >= 1e16))) {
            throw new IllegalArgumentException("not a score value: " + x);
        }
        BigDecimal shortest = new BigDecimal(Double.toString(x));
        return shortest.stripTrailingZeros().scale() <= 0 ? shortest.setScale(1).toPlainString()
                : shortest.toPlainString();
    }
}
