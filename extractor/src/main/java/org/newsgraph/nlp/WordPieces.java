package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.newsgraph.text.Span;

/**
 * Repairs the tokens of the UD tokenizer: joins the pieces of a hyphenated word ("al" "-" "Sudani",
 * "cease-" "fire", "two" "-state") back into one token, puts the period back on an abbreviation, cuts double
 * hyphens and em dashes out of words, and splits the contractions and possessives that the UD models keep as one
 * multiword token ("Blinken's" tagged {@code PROPN+PART}, "wasn't" {@code AUX+PART}) into their words. Stateless
 * and thread-safe.
 */
final class WordPieces {
    /**
     * The clitics that end an English multiword token, longest first, in normalised spelling (straight
     * apostrophes): negation, possessive, and the contracted auxiliaries; then "not" of "cannot" and the "na"/"ta"
     * of "gonna", "wanna", "gotta" (UD English splits these the same way).
     */
    private static final List<String> CLITICS = List.of("n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "'", "not",
            "na", "ta");

    /** Pronouns whose "'s" is "is" or "has" ("it's", "that's"), not a possessive. */
    private static final java.util.Set<String> PRONOUNS_BEFORE_IS = java.util.Set.of("it", "that", "this", "he",
            "she", "there", "here", "what", "who", "where", "when", "how", "why", "everyone", "nobody", "someone");

    private WordPieces() {
    }

    /**
     * The tokens of a sentence with the pieces of hyphenated words joined: touching tokens are joined across a
     * single hyphen that has a letter or digit on both sides ("Israel-Hamas", "10-thousand-422"); a double hyphen
     * or a dash is never a joint.
     */
    static List<Span> joinHyphenated(String norm, List<Span> tokens) {
        List<Span> out = new ArrayList<>();
        for (Span t : tokens) {
            if (!out.isEmpty() && out.getLast().end() == t.begin() && hyphenJoint(norm, t.begin())) {
                out.set(out.size() - 1, out.getLast().union(t));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The tokens with dashes cut out of words: the tokenizer keeps "Rome--" or "Press)--Japanese" whole, but a
     * double hyphen or an em dash is punctuation of its own.
     */
    static List<Span> splitDashes(String norm, List<Span> tokens) {
        List<Span> out = new ArrayList<>();
        for (Span t : tokens) {
            int from = t.begin();
            int i = t.begin();
            while (i < t.end()) {
                int dash = dashLength(norm, i, t.end());
                if (dash == 0) {
                    i++;
                    continue;
                }
                if (i > from) {
                    out.add(new Span(from, i));
                }
                out.add(new Span(i, i + dash));
                i += dash;
                from = i;
            }
            if (from < t.end()) {
                out.add(new Span(from, t.end()));
            }
        }
        return out;
    }

    /** The length of the run of hyphens and em dashes at {@code i} that starts "--" or an em dash, else 0. */
    private static int dashLength(String norm, int i, int end) {
        char c = norm.charAt(i);
        if (c != '\u2014' && !(c == '-' && i + 1 < end && norm.charAt(i + 1) == '-')) {
            return 0;
        }
        int j = i;
        while (j < end && (norm.charAt(j) == '\u2014' || norm.charAt(j) == '-')) {
            j++;
        }
        return j - i;
    }

    /**
     * The tokens with a period that the tokenizer cut off an abbreviation put back on it ("Gen" "." becomes
     * "Gen."), so that the abbreviation is one token as in the UD treebank.
     */
    static List<Span> joinAbbreviations(String norm, List<Span> tokens, Predicate<String> isAbbreviation) {
        List<Span> out = new ArrayList<>();
        for (Span t : tokens) {
            if (!out.isEmpty() && t.length() == 1 && norm.charAt(t.begin()) == '.' && out.getLast().end() == t.begin()
                    && isAbbreviation.test(out.getLast().union(t).of(norm))) {
                out.set(out.size() - 1, out.getLast().union(t));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the boundary at {@code p} lies at a single hyphen between two letters or digits. */
    private static boolean hyphenJoint(String norm, int p) {
        if (norm.charAt(p - 1) == '-') {
            return p >= 2 && alnum(norm, p - 2) && alnum(norm, p);
        }
        if (norm.charAt(p) == '-') {
            return alnum(norm, p - 1) && p + 1 < norm.length() && alnum(norm, p + 1);
        }
        return false;
    }

    private static boolean alnum(String norm, int i) {
        return i >= 0 && i < norm.length() && Character.isLetterOrDigit(norm.charAt(i));
    }

    /** A word of a token, with its tag and lemma, before it becomes a {@link Token}. */
    record Word(Span span, String pos, String lemma) {
    }

    /**
     * The words of one tagged token: the token itself, or, for a multiword tag such as {@code PROPN+PART}, the
     * base and the clitic ("Blinken" {@code PROPN} + "'s" {@code PART}). A multiword token with no known clitic
     * stays whole under its first tag. A token "X's" or "Xs'" that the tagger gave a single tag is split too:
     * "it's" into {@code PRON} + {@code AUX}, a name or noun into {@code PROPN}/{@code NOUN} + {@code PART}.
     * Lemmas are lower case.
     */
    static List<Word> split(String norm, Span token, String tag, String lemma) {
        String text = token.of(norm);
        String[] tags = tag.split("\\+");
        String[] lemmas = lemma.split("\\+");
        if (tags.length == 1) {
            if (text.length() > 2 && text.endsWith("s'") && (tag.equals("NOUN") || tag.equals("PROPN"))) {
                // a plural possessive the tagger gave one tag: "countries'" is "countries" + "'"
                Span base = new Span(token.begin(), token.end() - 1);
                return List.of(new Word(base, tag, lemmaOf(base.of(norm), tag, lemma.replaceFirst("'$", ""))),
                        new Word(new Span(token.end() - 1, token.end()), "PART", "'s"));
            }
            if (text.length() <= 2 || !text.endsWith("'s")) {
                return List.of(new Word(token, tag, lemmaOf(text, tag, lemma)));
            }
            // one tag on "X's": the tagger missed the clitic; a pronoun's "'s" is "is", a noun's a possessive
            String base = text.substring(0, text.length() - 2);
            boolean pronoun = PRONOUNS_BEFORE_IS.contains(base.toLowerCase(Locale.ROOT));
            String baseTag = pronoun ? "PRON"
                    : tag.equals("NOUN") || tag.equals("PROPN") ? tag
                    : Character.isUpperCase(base.codePointAt(0)) ? "PROPN" : "NOUN";
            tags = new String[] {baseTag, pronoun ? "AUX" : "PART"};
            lemmas = new String[] {base.toLowerCase(Locale.ROOT), pronoun ? "be" : "'s"};
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (tags.length == 2) {
            for (String clitic : CLITICS) {
                if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
                    int cut = token.end() - clitic.length();
                    Span base = new Span(token.begin(), cut);
                    Span rest = new Span(cut, token.end());
                    String baseLemma = lemmas.length == 2 ? lemmas[0] : base.of(norm);
                    String restLemma = lemmas.length == 2 ? lemmas[1] : clitic;
                    return List.of(new Word(base, tags[0], lemmaOf(base.of(norm), tags[0], baseLemma)),
                            new Word(rest, tags[1], lemmaOf(rest.of(norm), tags[1], restLemma)));
                }
            }
        }
        return List.of(new Word(token, tags[0], text.toLowerCase(Locale.ROOT)));
    }

    /**
     * The lemma to keep: lower case; for a proper noun the lower-cased word itself (names do not inflect, and the
     * model would make "Hamas" into "hama"); the word itself when the model gives none.
     */
    private static String lemmaOf(String text, String pos, String lemma) {
        if (pos.equals("PROPN") || lemma == null || lemma.isEmpty() || lemma.equals("O")) {
            return text.toLowerCase(Locale.ROOT);
        }
        return lemma.toLowerCase(Locale.ROOT);
    }
}
