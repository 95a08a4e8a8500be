package org.newsgraph.rdf;

/**
 * Converts UTF-16 offsets of one text (as {@code Span}s count) to Unicode code point offsets (as NIF counts).
 * A text without surrogate pairs needs no table: the offsets are the same. Immutable, thread-safe.
 *
 * <pre>{@code
 * CodePoints cp = new CodePoints("\uD83D\uDE00 Blinken");  // an emoji, then a name at chars 3-10
 * cp.at(3)  // 2
 * }</pre>
 */
final class CodePoints {
    private final String text;
    private final int[] table;

    CodePoints(String text) {
        this.text = text;
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            table = null;
            return;
        }
        table = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean secondHalf = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            table[i + 1] = table[i] + (secondHalf ? 0 : 1);
        }
    }

    /** The code point offset of a UTF-16 offset, {@code 0 <= utf16 <= length}. */
    int at(int utf16) {
        return table == null ? utf16 : table[utf16];
    }

    /** The length of the text in code points. */
    int length() {
        return at(text.length());
    }

    /** Whether a UTF-16 offset lies inside the text and not between the two halves of a surrogate pair. */
    boolean isBoundary(int utf16) {
        if (utf16 < 0 || utf16 > text.length()) {
            return false;
        }
        return utf16 == 0 || utf16 == text.length()
                || !(Character.isHighSurrogate(text.charAt(utf16 - 1)) && Character.isLowSurrogate(text.charAt(utf16)));
    }
}
