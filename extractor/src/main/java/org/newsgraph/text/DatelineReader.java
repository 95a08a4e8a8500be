package org.newsgraph.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that may open a body paragraph: a place, a date, an agency in brackets, then a dash, in the
 * wire-service shapes {@code "AQABA, JORDAN - "}, {@code "MILAN, Aug 13 (Reuters) - "}, {@code "Oct 11 (Reuters) – "},
 * {@code "Tokyo, March 11 (Jiji Press)--"}, {@code "LIMA, Peru — "} and {@code "WASHINGTON (AP) — "}. A place in
 * title case ("Tokyo") counts only with a region, a date or an agency beside it, so that a sentence such as
 * "Israel - the country ..." is not taken for a dateline. Stateless and thread-safe.
 */
final class DatelineReader {
    /** An English month name or its wire abbreviation ("Aug", "Sept.", "MARCH"): the first three letters decide. */
    private static final String MONTH = "(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
            + "|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\\.?";
    private static final String DATE = "(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+" + MONTH
            + "(?:\\s+\\d{4})?)";
    private static final String AGENCY = "(?:\\s*\\((?<agency>[^()\\n]{1,30})\\))";
    private static final String DASH = "\\s*(?:-{1,2}|\u2013|\u2014)\\s*(?=\\S)";
    private static final String CAPS_PLACE = "[A-Z][A-Z.'-]{2,}(?:\\s+[A-Z][A-Z.'-]+){0,3}";
    private static final String TITLE_PLACE = "[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2}";
    private static final String REGION = "(?:,\\s*(?<region>[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+){0,2}))";

    private static final Pattern DATE_FIRST = Pattern.compile(DATE + AGENCY + "?" + DASH);
    private static final Pattern PLACE_FIRST = Pattern.compile("(?<place>" + CAPS_PLACE + "|" + TITLE_PLACE + ")"
            + REGION + "?(?:,?\\s*" + DATE + ")?" + AGENCY + "?" + DASH);
    private static final Pattern MONTH_WORD = Pattern.compile(MONTH);
    private static final Pattern CAPS = Pattern.compile(CAPS_PLACE);

    private static final int LOOK_AHEAD = 160;

    private DatelineReader() {
    }

    /** The dateline at {@code begin} of the block {@code [begin, end)} of the normalised text, if there is one. */
    static Optional<Dateline> read(String norm, int begin, int end) {
        String head = norm.substring(begin, Math.min(end, begin + LOOK_AHEAD));
        Matcher m = DATE_FIRST.matcher(head);
        if (m.lookingAt()) {
            return Optional.of(new Dateline(trimmed(norm, begin, begin + m.end()), Optional.empty(),
                    group(m, "date", begin)));
        }
        m = PLACE_FIRST.matcher(head);
        if (!m.lookingAt() || MONTH_WORD.matcher(m.group("place")).matches()) {
            return Optional.empty();
        }
        boolean caps = CAPS.matcher(m.group("place")).matches();
        boolean context = m.group("region") != null || m.group("date") != null || m.group("agency") != null;
        if (!caps && !context) {
            return Optional.empty();
        }
        int placeEnd = m.group("region") != null ? m.end("region") : m.end("place");
        return Optional.of(new Dateline(trimmed(norm, begin, begin + m.end()),
                Optional.of(new Span(begin + m.start("place"), begin + placeEnd)), group(m, "date", begin)));
    }

    private static Optional<Span> group(Matcher m, String name, int offset) {
        return m.group(name) == null ? Optional.empty()
                : Optional.of(new Span(offset + m.start(name), offset + m.end(name)));
    }

    private static Span trimmed(String norm, int begin, int end) {
        int e = end;
        while (e > begin && Character.isWhitespace(norm.charAt(e - 1))) {
            e--;
        }
        return new Span(begin, e);
    }
}
