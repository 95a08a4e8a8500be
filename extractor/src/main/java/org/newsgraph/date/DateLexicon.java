package org.newsgraph.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;
import org.newsgraph.text.RuleResource;

/**
 * The word lists the date rules read, from the resources in {@code org/newsgraph/date/}: month and weekday names,
 * named days, phrases for days relative to the published date or to the text, and the cue words that make a bare
 * month or year a date. Immutable and thread-safe.
 */
final class DateLexicon {
    private static final String DIR = "/org/newsgraph/date/";

    /** A phrase for a day at {@code offset} days from its reference day. */
    record Phrase(String text, int offset) {
    }

    /** Month names and abbreviations ("November", "Nov", "Sept", and their capitalised forms) to month numbers. */
    final Map<String, Integer> months = new HashMap<>();
    /** Weekday names ("Monday", "MONDAY") to ISO numbers. */
    final Map<String, Integer> weekdays = new HashMap<>();
    final List<String> namedDays;
    final List<Phrase> publishedRelative;
    final List<Phrase> textRelative;
    final List<String> monthCues;
    final List<String> yearCues;
    /** A month name or abbreviation (abbreviations may carry a period), as a regex alternation. */
    final String monthPattern;
    /** A weekday name, as a regex alternation. */
    final String weekdayPattern;

    DateLexicon() {
        List<String> monthNames = new ArrayList<>();
        for (String line : RuleResource.lines(DIR + "months.txt")) {
            String[] p = line.split("\\s+");
            int number = number(p[0], "months.txt", line);
            for (int i = 1; i < p.length; i++) {
                months.put(p[i], number);
                months.put(p[i].toUpperCase(Locale.ROOT), number);
                String alt = i == 1 ? p[i] : p[i] + "\\.?";
                monthNames.add(alt);
                monthNames.add(alt.toUpperCase(Locale.ROOT));
            }
        }
        List<String> weekdayNames = new ArrayList<>();
        for (String line : RuleResource.lines(DIR + "weekdays.txt")) {
            String[] p = line.split("\\s+");
            int number = number(p[0], "weekdays.txt", line);
            weekdays.put(p[1], number);
            weekdays.put(p[1].toUpperCase(Locale.ROOT), number);
            weekdayNames.add(p[1]);
            weekdayNames.add(p[1].toUpperCase(Locale.ROOT));
        }
        monthNames.sort(Comparator.comparingInt(String::length).reversed());
        monthPattern = "(?:" + String.join("|", monthNames) + ")";
        weekdayPattern = "(?:" + String.join("|", weekdayNames) + ")";
        namedDays = RuleResource.lines(DIR + "named-days.txt");
        publishedRelative = phrases("relative-to-published.txt");
        textRelative = phrases("relative-to-text.txt");
        monthCues = RuleResource.lines(DIR + "month-cues.txt").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        yearCues = RuleResource.lines(DIR + "year-cues.txt").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** The month number of a name or abbreviation as written ("Nov.", "NOVEMBER"), or 0. */
    int month(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return months.getOrDefault(w, 0);
    }

    /** A case-insensitive whole-word alternation of the phrases, longest first, for a regex. */
    static String alternation(List<Phrase> phrases) {
        List<String> texts = new ArrayList<>();
        for (Phrase p : phrases) {
            texts.add(Pattern.quote(p.text()).replace(" ", "\\E\\s+\\Q"));
        }
        return "(?:" + String.join("|", texts) + ")";
    }

    /** The offset of the phrase that {@code text} spells (any case, any spacing). */
    static int offset(List<Phrase> phrases, String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Phrase p : phrases) {
            if (p.text().equals(t)) {
                return p.offset();
            }
        }
        throw new IllegalStateException("not a listed phrase: " + text);
    }

    private List<Phrase> phrases(String file) {
        List<Phrase> out = new ArrayList<>();
        for (String line : RuleResource.lines(DIR + file)) {
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new NewsgraphException("resource " + DIR + file + ": \"" + line + "\" is not \"OFFSET PHRASE\"");
            }
            out.add(new Phrase(line.substring(space + 1).trim().toLowerCase(Locale.ROOT),
                    number(line.substring(0, space), file, line)));
        }
        out.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        return List.copyOf(out);
    }

    private static int number(String s, String file, String line) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new NewsgraphException("resource " + DIR + file + ": \"" + line + "\" does not start with a number",
                    e);
        }
    }
}
