package org.newsgraph.text;

/**
 * Makes a same-length, normalised copy of a text for the rules and models to read, so that every offset in the
 * copy is an offset of the original. Curly quotes and apostrophes become straight ones, no-break and other
 * typographic spaces become a plain space, line and tab characters become a space, and the Unicode hyphens
 * (U+2010, U+2011) become {@code -}. Dashes (en, em) and everything else are kept. Stateless and thread-safe.
 *
 * <pre>{@code
 * TextNormalizer.normalize("Blinken\u2019s\nvisit")   // "Blinken's visit", same length
 * }</pre>
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The normalised copy of {@code text}; {@code result.length() == text.length()} always. */
    public static String normalize(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalize(text.charAt(i));
        }
        return new String(out);
    }

    /** The normalised form of one char (see the class comment). */
    public static char normalize(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
                 '\u2008', '\u2009', '\u200A', '\u200B', '\u3000', '\uFEFF', '\n', '\r', '\t', '\u000B', '\u000C',
                 '\u0085', '\u2028', '\u2029' -> ' ';
            case '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }
}
