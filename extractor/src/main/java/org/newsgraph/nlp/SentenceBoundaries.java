package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;
import org.newsgraph.text.RuleResource;
import org.newsgraph.text.Span;

/**
 * Repairs the sentence boundaries the statistical detector gives for one block: joins sentences it cut after an
 * abbreviation ("Gen." / "Smith met ...", "Nov." / "5, 2023") and cuts where a scraper glued a sentence to the
 * previous text ("...page GuardianThe results ..."). Immutable and thread-safe.
 */
final class SentenceBoundaries {
    private static final String DIR = "/org/newsgraph/nlp/";

    private enum AbbreviationClass { TITLE, MONTH, NUMBER, OTHER }

    /** A capital initial with a period ("J." in "Anthony J. Blinken"): a name goes on after it. */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    private final Map<String, AbbreviationClass> abbreviations = new HashMap<>();
    private final Pattern glued;
    private final Set<String> keep;

    SentenceBoundaries() {
        String path = DIR + "abbreviations.txt";
        for (String line : RuleResource.lines(path)) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new NewsgraphException("resource " + path + ": \"" + line
                        + "\" is not \"ABBREVIATION CLASS\"");
            }
            try {
                abbreviations.put(parts[0], AbbreviationClass.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new NewsgraphException("resource " + path + ": class \"" + parts[1] + "\" of \"" + parts[0]
                        + "\" is not one of title, month, number, other", e);
            }
        }
        List<String> openers = RuleResource.lines(DIR + "glued-openers.txt");
        glued = Pattern.compile("(?<=\\p{Ll})(?:" + String.join("|", openers) + ")(?![\\p{L}\\p{N}])");
        keep = new HashSet<>(RuleResource.lines(DIR + "glued-keep.txt"));
    }

    /**
     * The sentences of the block {@code [block.begin, block.end)} of the normalised text {@code norm}, given the
     * detector's {@code detected} spans (relative to the block), repaired; the result is in article offsets.
     */
    List<Span> repair(String norm, Span block, opennlp.tools.util.Span[] detected) {
        List<Span> merged = new ArrayList<>();
        for (opennlp.tools.util.Span d : detected) {
            Span s = new Span(block.begin() + d.getStart(), block.begin() + d.getEnd());
            if (!merged.isEmpty() && continues(norm, merged.getLast(), s)) {
                merged.set(merged.size() - 1, merged.getLast().union(s));
            } else {
                merged.add(s);
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span s : merged) {
            int from = s.begin();
            Matcher m = glued.matcher(norm).region(s.begin(), s.end());
            while (m.find()) {
                if (!keep.contains(wordAround(norm, m.start(), m.end()))) {
                    out.add(new Span(from, m.start()));
                    from = m.start();
                }
            }
            out.add(new Span(from, s.end()));
        }
        return out;
    }

    /** Whether {@code next} goes on the sentence {@code prev}, which the detector ended after an abbreviation. */
    private boolean continues(String norm, Span prev, Span next) {
        String last = lastWord(norm, prev);
        char first = norm.charAt(next.begin());
        boolean lower = Character.isLowerCase(first);
        boolean digit = Character.isDigit(first);
        AbbreviationClass c = abbreviations.get(last);
        if (c != null) {
            return switch (c) {
                case TITLE -> true;
                case MONTH, NUMBER -> digit;
                case OTHER -> lower || digit;
            };
        }
        if (INITIAL.matcher(last).matches()) {
            // "Anthony J." + "Blinken", "- G." + "Papandreou": an initial followed by a capitalised word, unless a
            // lower-case word comes before it ("vitamin A. The")
            String before = wordBefore(norm, prev, last.length());
            return Character.isUpperCase(first) && (before.isEmpty() || !Character.isLowerCase(before.charAt(0)));
        }
        return false;
    }

    /** Whether {@code word} (with its period) is a listed abbreviation or a capital initial such as "J.". */
    boolean isAbbreviation(String word) {
        return abbreviations.containsKey(word) || INITIAL.matcher(word).matches();
    }

    private static String lastWord(String norm, Span s) {
        int b = s.end();
        while (b > s.begin() && !Character.isWhitespace(norm.charAt(b - 1))) {
            b--;
        }
        return norm.substring(b, s.end());
    }

    private static String wordBefore(String norm, Span s, int lastLength) {
        int e = s.end() - lastLength;
        while (e > s.begin() && Character.isWhitespace(norm.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > s.begin() && !Character.isWhitespace(norm.charAt(b - 1))) {
            b--;
        }
        return norm.substring(b, e);
    }

    /** The whole word (letters only) around the glue point [start, end) of an opener: "LinkedIn" for "In". */
    private static String wordAround(String norm, int start, int end) {
        int b = start;
        while (b > 0 && Character.isLetter(norm.charAt(b - 1))) {
            b--;
        }
        return norm.substring(b, end);
    }
}
