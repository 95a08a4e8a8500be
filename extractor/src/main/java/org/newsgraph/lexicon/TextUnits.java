package org.newsgraph.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.text.Span;

/**
 * Splits text into the units that names are matched on: runs of letters and digits ("U", "S", "Israel",
 * "Hamas", "G7"), the joiners '&amp;' and '/', and barriers (any other punctuation, which no name crosses). Dots,
 * hyphens, dashes and apostrophes only separate units, so "U.S." and "U. S." give the same units, "Israel-Hamas"
 * gives Israel and Hamas, and "Israel’s" gives Israel and a possessive "s". Stateless; thread-safe.
 */
final class TextUnits {
    /** How a unit takes part in matching. */
    enum Kind { WORD, JOINER, BARRIER }

    /**
     * One unit.
     *
     * @param text            the unit as written
     * @param fold            the matching form: accents removed, lower case
     * @param begin           start offset in the text
     * @param end             end offset in the text
     * @param token           index of the token it lies in
     * @param afterApostrophe the unit follows an apostrophe inside a word ("s" of "Israel’s", "Ivoire" of "d'Ivoire")
     */
    record Unit(String text, String fold, Kind kind, int begin, int end, int token, boolean afterApostrophe) {
        boolean isWord() {
            return kind == Kind.WORD;
        }
    }

    private TextUnits() {
    }

    /** The units of the given tokens of a text. */
    static List<Unit> of(CharSequence text, List<Span> tokens) {
        List<Unit> units = new ArrayList<>(tokens.size() + 8);
        for (int t = 0; t < tokens.size(); t++) {
            Span span = tokens.get(t);
            split(text, span.begin(), Math.min(span.end(), text.length()), t, units);
        }
        return units;
    }

    /** The units of a whole string, as one token. */
    static List<Unit> of(String name) {
        List<Unit> units = new ArrayList<>();
        split(name, 0, name.length(), 0, units);
        return units;
    }

    private static void split(CharSequence text, int from, int to, int token, List<Unit> out) {
        int i = from;
        boolean apostrophe = false;
        while (i < to) {
            char c = text.charAt(i);
            if (isWordChar(text, i)) {
                int start = i;
                while (i < to && isWordChar(text, i)) {
                    i++;
                }
                String word = text.subSequence(start, i).toString();
                out.add(new Unit(word, fold(word), Kind.WORD, start, i, token, apostrophe));
                apostrophe = false;
                continue;
            }
            if (isApostrophe(c)) {
                apostrophe = i > from && isWordChar(text, i - 1);
            } else if (isSkipped(c)) {
                apostrophe = false;
            } else if (c == '&' || c == '/') {
                out.add(new Unit(String.valueOf(c), String.valueOf(c), Kind.JOINER, i, i + 1, token, false));
                apostrophe = false;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.add(new Unit(String.valueOf(c), "\u0000", Kind.BARRIER, i, i + 1, token, false));
                apostrophe = false;
            } else {
                apostrophe = false;
            }
            i++;
        }
    }

    private static boolean isWordChar(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
            return Character.isLetterOrDigit(Character.toCodePoint(c, text.charAt(i + 1)));
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return Character.isLetterOrDigit(Character.toCodePoint(text.charAt(i - 1), c));
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' || c == '\u00B4';
    }

    private static boolean isSkipped(char c) {
        return c == '.' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
                || c == '\u2014' || c == '\u2015' || c == '\u2212' || c == '\u00AD';
    }

    /** Accents and case removed; letters without a decomposition mapped by hand (ø, æ, ß, ł, ı, ...). */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ø', 'Ø' -> b.append('o');
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case 'ß' -> b.append("ss");
                case 'ł', 'Ł' -> b.append('l');
                case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
                case 'ı' -> b.append('i');
                case 'þ', 'Þ' -> b.append("th");
                default -> b.append(c);
            }
        }
        String n = Normalizer.normalize(b, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The word with accents removed but case kept, for comparing acronyms and mixed-case words exactly. */
    static String stripAccents(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String f = fold(String.valueOf(c));
            if (f.length() == 1 && Character.isUpperCase(c)) {
                b.append(Character.toUpperCase(f.charAt(0)));
            } else {
                b.append(f);
            }
        }
        return b.toString();
    }

    static boolean isAllUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    static boolean isAllLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && !Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** First letter upper case, the others lower case, at least two letters. */
    static boolean isTitle(String s) {
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && !Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }
}
