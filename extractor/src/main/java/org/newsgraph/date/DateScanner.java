package org.newsgraph.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.Span;

/**
 * Finds the date expressions of one sentence, unresolved: what the words say ("November 5", "on Sunday", "the
 * same day"), with the guards that keep non-dates out ("May" the modal, "1,400 people", "the Sunday Times").
 * Immutable and thread-safe.
 */
final class DateScanner {
    /** What kind of date an expression states. */
    enum Kind {
        /** Day, month and year: "Nov. 5, 2023", "5/23/2000". */
        FULL,
        /** "March 2023". */
        YEAR_MONTH,
        /** "in 1967". */
        YEAR,
        /** "November 5", "5 November", "November 7-8". */
        MONTH_DAY,
        /** "in March". */
        MONTH,
        /** "in May this year": a month in the year {@code offset} years from the published year. */
        MONTH_OF_RELATIVE_YEAR,
        /** "on Sunday", "Friday night", "last Friday". */
        WEEKDAY,
        /** "yesterday", "today": {@code offset} days from the published date. */
        DAY_FROM_PUBLISHED,
        /** "last month": {@code offset} months from the published month. */
        MONTH_FROM_PUBLISHED,
        /** "last year": {@code offset} years from the published year. */
        YEAR_FROM_PUBLISHED,
        /** "the same day", "two days later": {@code offset} days from the date stated last. */
        DAY_FROM_TEXT
    }

    /**
     * An expression as the text states it. {@code year}, {@code month}, {@code day} and {@code weekday} are 0 when
     * not stated; {@code modifier} is "last", "next", "this", "later" or "" (for weekdays and months);
     * {@code token} is the index in the sentence of the expression's first token.
     */
    record Expression(Span span, Kind kind, int year, int month, int day, int weekday, int offset, String modifier,
                      int token) {
    }

    /**
     * Words after a four-digit number that make it a clock time ("1200 GMT", "from 1130 to 1215 GMT", "1700 local
     * time"), not a year. Source: the time-zone abbreviations of English-language news wires.
     */
    private static final java.util.Set<String> CLOCK_WORDS = java.util.Set.of("gmt", "utc", "bst", "cet", "cest",
            "est", "edt", "pst", "pdt", "jst", "ist", "msk", "local", "hours", "hrs", "h", "am", "pm", "a.m.", "p.m.");

    /** Number words for "two days later". Source: English cardinal numbers. */
    private static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    private record Rule(Kind kind, Pattern pattern) {
    }

    private final DateLexicon lexicon;
    private final List<Rule> rules = new ArrayList<>();

    DateScanner(DateLexicon lexicon) {
        this.lexicon = lexicon;
        String mon = "(?<mon>" + lexicon.monthPattern + ")";
        String wd = "(?<wd>" + lexicon.weekdayPattern + ")";
        String day = "(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-\u2013]\\s*(?<d2>\\d{1,2})(?:st|nd|rd|th)?)?";
        String year = "(?<y>1\\d{3}|20\\d{2})(?!\\d)";
        String weekdayPrefix = "(?:" + lexicon.weekdayPattern + ",?\\s+)?";
        add(Kind.FULL, "(?<![\\p{L}\\d])" + weekdayPrefix + mon + "\\s+" + day + ",?\\s+" + year);
        add(Kind.FULL, "(?<![\\p{L}\\d,.])" + weekdayPrefix + "(?:the\\s+)?" + day + "\\s+(?:of\\s+)?" + mon
                + ",?\\s+" + year);
        add(Kind.FULL, "(?<![\\d-])(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?![\\d-])");
        add(Kind.FULL, "(?<![\\d/])(?<sa>\\d{1,2})/(?<sb>\\d{1,2})/(?<sy>\\d{4})(?![\\d/])");
        add(Kind.FULL, "(?<![\\d.-])(?<ea>\\d{1,2})(?<sep>[.-])(?<eb>\\d{1,2})\\k<sep>(?<ey>\\d{4})(?!\\d)");
        add(Kind.YEAR_MONTH, "(?<![\\p{L}\\d])" + mon + ",?\\s+" + year);
        add(Kind.MONTH_OF_RELATIVE_YEAR, "(?<![\\p{L}])" + mon + "\\s+(?<rel>(?i:this|last|next))\\s+(?i:year)"
                + "(?![\\p{L}])");
        add(Kind.MONTH_DAY, "(?<![\\p{L}\\d])" + mon + "\\s+" + day + "(?![\\p{L}\\d])(?![:.,]\\d)");
        add(Kind.MONTH_DAY, "(?<![\\p{L}\\d,.$\u00a3\u20ac])(?:the\\s+)?" + day + "\\s+(?:of\\s+)?" + mon
                + "(?![\\p{L}])");
        add(Kind.MONTH, "(?<![\\p{L}])" + mon + "(?![\\p{L}])");
        add(Kind.YEAR, "(?<![\\p{L}\\d,.$\u00a3\u20ac#/-])" + year + "(?![,]\\d|\\.\\d|-\\d|\\p{L})");
        add(Kind.WEEKDAY, "(?<![\\p{L}])(?:(?<mod>(?i:last|next|this|later\\s+on|later|earlier\\s+on|on))\\s+)?"
                + wd + "(?![\\p{L}])(?:'s)?(?:\\s+(?i:morning|afternoon|evening|night)(?![\\p{L}]))?");
        add(Kind.DAY_FROM_PUBLISHED, "(?<![\\p{L}])(?i:" + DateLexicon.alternation(lexicon.publishedRelative)
                + ")(?![\\p{L}])");
        add(Kind.MONTH_FROM_PUBLISHED, "(?<![\\p{L}])(?i:(?<rel>last|this|next|earlier\\s+this|later\\s+this)"
                + "\\s+month)(?![\\p{L}])");
        add(Kind.YEAR_FROM_PUBLISHED, "(?<![\\p{L}])(?i:(?<rel>last|this|next|earlier\\s+this|later\\s+this)"
                + "\\s+year)(?![\\p{L}])");
        add(Kind.DAY_FROM_TEXT, "(?<![\\p{L}])(?i:" + DateLexicon.alternation(lexicon.textRelative)
                + ")(?![\\p{L}])");
        add(Kind.DAY_FROM_TEXT, "(?<![\\p{L}])(?i:(?<n>" + String.join("|", NUMBER_WORDS.keySet())
                + "|\\d{1,2})\\s+days\\s+(?<dir>later|earlier|before|after))(?![\\p{L}])");
    }

    private void add(Kind kind, String regex) {
        rules.add(new Rule(kind, Pattern.compile(regex)));
    }

    /** The date expressions of {@code sentence}, in text order, none overlapping (the longest wins). */
    List<Expression> scan(String norm, Sentence sentence) {
        List<Expression> found = new ArrayList<>();
        Span s = sentence.span();
        for (Rule rule : rules) {
            Matcher m = rule.pattern.matcher(norm).region(s.begin(), s.end()).useTransparentBounds(true);
            while (m.find()) {
                Expression e = read(rule.kind, m, norm, sentence);
                if (e != null) {
                    found.add(e);
                }
            }
        }
        found.sort(Comparator.comparingInt((Expression e) -> -e.span().length())
                .thenComparingInt(e -> e.span().begin()));
        List<Expression> kept = new ArrayList<>();
        for (Expression e : found) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(e.span()))) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparing(Expression::span));
        return kept;
    }

    /** The expression a match states, or null when a guard rejects it. */
    private Expression read(Kind kind, Matcher m, String norm, Sentence s) {
        Span span = new Span(m.start(), m.end());
        int token = tokenAt(s, m.start());
        return switch (kind) {
            case FULL -> full(m, span, token);
            case YEAR_MONTH -> new Expression(span, kind, year(m), lexicon.month(m.group("mon")), 0, 0, 0, "", token);
            case MONTH_OF_RELATIVE_YEAR -> new Expression(span, kind, 0, lexicon.month(m.group("mon")), 0, 0,
                    relative(m.group("rel")), "", token);
            case MONTH_DAY -> monthDay(m, span, token);
            case MONTH -> month(m, span, norm, s, token);
            case YEAR -> year(m, span, norm, s, token);
            case WEEKDAY -> weekday(m, norm, s);
            case DAY_FROM_PUBLISHED -> fromPublished(m, span, s, token);
            case MONTH_FROM_PUBLISHED, YEAR_FROM_PUBLISHED -> lastPeriod(norm, s, span) ? null
                    : new Expression(span, kind, 0, 0, 0, 0, relative(m.group("rel")), "", token);
            case DAY_FROM_TEXT -> fromText(m, span, s, token);
        };
    }

    private Expression full(Matcher m, Span span, int token) {
        if (group(m, "iy") != null) {
            return full(span, token, number(m, "iy"), number(m, "im"), number(m, "id"));
        }
        if (group(m, "sy") != null) {
            // slashes: US order (month/day) unless the first number cannot be a month
            int a = number(m, "sa");
            int b = number(m, "sb");
            return a > 12 ? full(span, token, number(m, "sy"), b, a) : full(span, token, number(m, "sy"), a, b);
        }
        if (group(m, "ey") != null) {
            // dots or dashes: European order (day.month) unless the second number cannot be a month
            int a = number(m, "ea");
            int b = number(m, "eb");
            return b > 12 ? full(span, token, number(m, "ey"), a, b) : full(span, token, number(m, "ey"), b, a);
        }
        return full(span, token, year(m), lexicon.month(m.group("mon")), number(m, "d"));
    }

    private static Expression full(Span span, int token, int y, int mo, int d) {
        return valid(y, mo, d) ? new Expression(span, Kind.FULL, y, mo, d, 0, 0, "", token) : null;
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private Expression monthDay(Matcher m, Span span, int token) {
        int mo = lexicon.month(m.group("mon"));
        int d = number(m, "d");
        if (!valid(2000, mo, d)) {
            return null;
        }
        Span trimmed = m.group().toLowerCase(Locale.ROOT).startsWith("the ") ? new Span(span.begin() + 4, span.end())
                : span;
        return new Expression(trimmed, Kind.MONTH_DAY, 0, mo, d, 0, 0, "", token);
    }

    /** A month alone is a date only after a cue word ("in March") and when tagged a proper noun. */
    private Expression month(Matcher m, Span span, String norm, Sentence s, int token) {
        if (token < 0 || !s.tokens().get(token).isProperNoun() || norm.startsWith("'s", span.end())) {
            return null;
        }
        String before = norm.substring(s.span().begin(), span.begin()).toLowerCase(Locale.ROOT);
        String modifier = "";
        boolean cued = false;
        for (String cue : lexicon.monthCues) {
            if (cue.endsWith("-") ? before.endsWith(cue) : endsWithWord(before, cue)) {
                cued = true;
                if (cue.equals("last") || cue.equals("next") || cue.equals("this")) {
                    modifier = cue;
                }
            }
        }
        return cued ? new Expression(span, Kind.MONTH, 0, lexicon.month(m.group("mon")), 0, 0, 0, modifier, token)
                : null;
    }

    /**
     * A bare year is a date only after a cue word ("in 1967", "between 2007 and 2015"); after "the" only when no
     * plural noun follows ("the 1967 war", not "the 2000 troops").
     */
    private Expression year(Matcher m, Span span, String norm, Sentence s, int token) {
        String before = norm.substring(s.span().begin(), span.begin()).toLowerCase(Locale.ROOT);
        String cue = null;
        for (String c : lexicon.yearCues) {
            if (c.endsWith("-") ? before.endsWith(c) : endsWithWord(before, c)) {
                cue = c;
            }
        }
        if (cue == null || token < 0) {
            return null;
        }
        Token next = token + 1 < s.tokens().size() ? s.tokens().get(token + 1) : null;
        // a plural after the number counts things ("2000 troops"); the tagger may call "troops" a verb, and the
        // lemmatizer may leave it as it is, so the spelling decides
        boolean pluralNoun = next != null && (next.pos().equals("NOUN") || next.pos().equals("VERB"))
                && (next.text().endsWith("s") && !next.text().endsWith("ss")
                || !next.text().equalsIgnoreCase(next.lemma()));
        boolean unit = next != null && (next.text().equals("%") || next.text().equalsIgnoreCase("percent")
                || CLOCK_WORDS.contains(next.text().toLowerCase(Locale.ROOT)) || clockRange(s, token));
        if (pluralNoun || unit) {
            return null;
        }
        return new Expression(span, Kind.YEAR, year(m), 0, 0, 0, 0, "", token);
    }

    private Expression weekday(Matcher m, String norm, Sentence s) {
        int wdStart = m.start("wd");
        String weekday = m.group("wd");
        for (String named : lexicon.namedDays) {
            int at = named.indexOf(weekday.charAt(0) + weekday.substring(1).toLowerCase(Locale.ROOT));
            if (at >= 0 && norm.startsWith(named, wdStart - at)) {
                return null;
            }
        }
        String mod = group(m, "mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int begin = mod.equals("on") ? wdStart : m.start();
        String modifier = switch (mod) {
            case "last", "next", "this" -> mod;
            case "later", "later on" -> "later";
            default -> "";
        };
        int weekdayNumber = lexicon.weekdays.get(weekday);
        return new Expression(new Span(begin, m.end()), Kind.WEEKDAY, 0, 0, 0, weekdayNumber, 0, modifier,
                tokenAt(s, wdStart));
    }

    /** "The last year" is the twelve months before now, not the previous calendar year. */
    private static boolean lastPeriod(String norm, Sentence s, Span span) {
        String before = norm.substring(s.span().begin(), span.begin()).toLowerCase(Locale.ROOT);
        return endsWithWord(before, "the");
    }

    /** "Today" or "Tomorrow" with a capital inside a sentence is a name ("USA Today"), not a day. */
    private Expression fromPublished(Matcher m, Span span, Sentence s, int token) {
        boolean capital = Character.isUpperCase(m.group().charAt(0));
        if (capital && token > 0 && !leadingPunctuation(s, token)) {
            return null;
        }
        return new Expression(span, Kind.DAY_FROM_PUBLISHED, 0, 0, 0, 0,
                DateLexicon.offset(lexicon.publishedRelative, m.group()), "", token);
    }

    /**
     * "The day before" or "two days after" followed by what they are counted from ("the day after the vote", "10
     * days after being born") count from an event, not from the date stated last: read only when a punctuation
     * mark, a conjunction or the end of the sentence follows.
     */
    private Expression fromText(Matcher m, Span span, Sentence s, int token) {
        String text = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.endsWith("before") || text.endsWith("after")) {
            int next = tokenAt(s, span.end());
            if (next >= 0 && s.tokens().get(next).span().begin() < span.end()) {
                next = next + 1 < s.tokens().size() ? next + 1 : -1;
            }
            if (next >= 0) {
                String pos = s.tokens().get(next).pos();
                if (!pos.equals("PUNCT") && !pos.equals("CCONJ")) {
                    return null;
                }
            }
        }
        int offset;
        if (group(m, "n") != null) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            int count = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Integer.parseInt(n);
            String dir = m.group("dir").toLowerCase(Locale.ROOT);
            offset = dir.equals("later") || dir.equals("after") ? count : -count;
        } else {
            offset = DateLexicon.offset(lexicon.textRelative, m.group());
        }
        return new Expression(span, Kind.DAY_FROM_TEXT, 0, 0, 0, 0, offset, "", token);
    }

    /** Whether the number at {@code token} opens a range of clock times: "from 1130 to 1215 GMT". */
    private static boolean clockRange(Sentence s, int token) {
        List<Token> t = s.tokens();
        return token + 3 < t.size() && (t.get(token + 1).text().equals("to") || t.get(token + 1).text().equals("-"))
                && t.get(token + 2).text().matches("\\d{4}")
                && CLOCK_WORDS.contains(t.get(token + 3).text().toLowerCase(Locale.ROOT));
    }

    private static boolean leadingPunctuation(Sentence s, int token) {
        for (int i = 0; i < token; i++) {
            if (!s.tokens().get(i).pos().equals("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithWord(String before, String cue) {
        String b = before.stripTrailing();
        return b.endsWith(cue)
                && (b.length() == cue.length() || !Character.isLetter(b.charAt(b.length() - cue.length() - 1)));
    }

    private static int relative(String rel) {
        String r = rel.toLowerCase(Locale.ROOT);
        return r.equals("last") ? -1 : r.equals("next") ? 1 : 0;
    }

    private static int year(Matcher m) {
        return number(m, "y");
    }

    private static String group(Matcher m, String name) {
        return m.pattern().namedGroups().containsKey(name) ? m.group(name) : null;
    }

    private static boolean valid(int y, int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }

    /** The index of the first token of {@code s} that ends after {@code offset}, or -1. */
    private static int tokenAt(Sentence s, int offset) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).span().end() > offset) {
                return i;
            }
        }
        return -1;
    }
}
