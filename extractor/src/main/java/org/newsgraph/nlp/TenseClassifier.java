package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsgraphException;
import org.newsgraph.text.RuleResource;

/**
 * Tells the tense of a clause from its tokens, without a parser: it finds the verb group nearest to a position
 * (first to the left, within the clause, then to the right) and reads its finite word. Future: an auxiliary such
 * as "will" or "would", "be to" + verb ("is to meet"), or a planning word before "to" or "for" ("due to meet",
 * "expected to", "scheduled for", "plans to", "going to"). Past: a past auxiliary ("was", "did"), a perfect
 * ("has met"), or a verb whose form differs from its lemma as a past form does ("met"/"meet"). Present: a present
 * auxiliary or verb form. The cue words are in {@code tense-cues.txt}. Immutable and thread-safe.
 *
 * <pre>{@code
 * // "He said on Monday that he will meet her on Friday."
 * tenses.at(sentence, indexOfMonday)   // PAST   (said)
 * tenses.at(sentence, indexOfFriday)   // FUTURE (will meet)
 * }</pre>
 */
public final class TenseClassifier {
    private static final String CUES = "/org/newsgraph/nlp/tense-cues.txt";

    private enum Cue { FUTURE, PLAN, SCHEDULE, PAST, PRESENT, PERFECT, MODAL }

    /** Tokens that end a clause for the scan: a verb beyond them belongs to another clause. */
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "(", ")", "--", "\u2014", "\u2013");

    private final Map<String, Cue> cues = new HashMap<>();

    /** A classifier with the cue list shipped in {@code org/newsgraph/nlp/tense-cues.txt}. */
    public TenseClassifier() {
        for (String line : RuleResource.lines(CUES)) {
            String[] parts = line.split("\\s+");
            try {
                cues.put(parts[0], Cue.valueOf(parts[1].toUpperCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                throw new NewsgraphException("resource " + CUES + ": \"" + line
                        + "\" is not \"WORD future|plan|schedule|past|present|perfect|modal\"", e);
            }
        }
    }

    private static final class Holder {
        static final TenseClassifier STANDARD = new TenseClassifier();
    }

    /** The shared instance. */
    public static TenseClassifier standard() {
        return Holder.STANDARD;
    }

    /**
     * The tense of the clause around token {@code index} of {@code sentence}: that of the nearest verb group to
     * its left in the same clause, else to its right, else that of the whole sentence ({@link #of}).
     */
    public Tense at(Sentence sentence, int index) {
        List<Token> t = sentence.tokens();
        for (int j = index - 1; j >= 0 && !boundary(t.get(j)); j--) {
            Tense x = verbal(t, j) ? group(t, j) : Tense.UNKNOWN;
            if (x != Tense.UNKNOWN) {
                return x;
            }
        }
        for (int j = index + 1; j < t.size() && !boundary(t.get(j)); j++) {
            Tense x = verbal(t, j) ? group(t, j) : Tense.UNKNOWN;
            if (x != Tense.UNKNOWN) {
                return x;
            }
        }
        return of(sentence);
    }

    /**
     * The tense of a whole sentence: FUTURE when any verb group is future, else PAST when any is past, else PRESENT
     * when any is present, else UNKNOWN.
     */
    public Tense of(Sentence sentence) {
        List<Token> t = sentence.tokens();
        boolean past = false;
        boolean present = false;
        for (int j = 0; j < t.size(); j++) {
            if (!verbal(t, j)) {
                continue;
            }
            switch (group(t, j)) {
                case FUTURE -> {
                    return Tense.FUTURE;
                }
                case PAST -> past = true;
                case PRESENT -> present = true;
                default -> {
                }
            }
        }
        return past ? Tense.PAST : present ? Tense.PRESENT : Tense.UNKNOWN;
    }

    private static boolean boundary(Token t) {
        return BOUNDARIES.contains(t.text());
    }

    private boolean verbal(List<Token> t, int j) {
        String pos = t.get(j).pos();
        return pos.equals("VERB") || pos.equals("AUX") || planAhead(t, j);
    }

    /**
     * Whether token {@code j} is a planning word, followed by "to" + verb or by "for", that puts the event ahead:
     * after a present, future or perfect auxiliary ("is expected to", "has agreed to"); as a scheduling word or
     * before "for" without one ("due to meet", "talks scheduled for Monday"); as a planning verb in a present
     * form ("plans to visit"). Never after a past auxiliary ("was expected to"), and not as a planning verb in
     * the past ("agreed to resume relations in March"), where the plan may be done.
     */
    private boolean planAhead(List<Token> t, int j) {
        Cue c = cues.get(t.get(j).lower());
        if (c != Cue.PLAN && c != Cue.SCHEDULE || j + 1 >= t.size()) {
            return false;
        }
        String next = t.get(j + 1).lower();
        boolean toVerb = next.equals("to") && j + 2 < t.size() && isVerb(t.get(j + 2));
        boolean forNext = next.equals("for");
        if (!toVerb && !forNext) {
            return false;
        }
        Cue aux = auxBefore(t, j);
        if (aux == Cue.PAST) {
            return false;
        }
        if (aux == Cue.FUTURE || aux == Cue.PRESENT || aux == Cue.PERFECT) {
            return true;
        }
        return c == Cue.SCHEDULE || forNext || !pastForm(t.get(j).lower(), t.get(j).lemmaOrText());
    }

    /** The cue of the auxiliary right before token {@code j} (adverbs and "not" looked through), or null. */
    private Cue auxBefore(List<Token> t, int j) {
        int k = j - 1;
        while (k >= 0 && (t.get(k).pos().equals("ADV") || negation(t.get(k)))) {
            k--;
        }
        return k >= 0 && isAux(t.get(k)) ? cues.get(t.get(k).lower()) : null;
    }

    /** The tense of the verb group that ends at token {@code j}. */
    private Tense group(List<Token> t, int j) {
        int k = j;
        while (k > 0 && (isAux(t.get(k - 1)) || negation(t.get(k - 1))
                || t.get(k - 1).pos().equals("ADV") && k > 1 && isAux(t.get(k - 2)))) {
            k--;
        }
        for (int i = k; i <= j; i++) {
            if (cues.get(t.get(i).lower()) == Cue.FUTURE || planAhead(t, i)) {
                return Tense.FUTURE;
            }
        }
        if (k > 0 && t.get(k - 1).lower().equals("to")) {
            // an infinitive: "is to meet" and "expected to meet" are plans; any other gets its tense from the
            // verb that governs it, further left
            int g = k - 2;
            while (g >= 0 && t.get(g).pos().equals("ADV")) {
                g--;
            }
            return g >= 0 && t.get(g).lemmaOrText().equals("be") && isAux(t.get(g)) ? Tense.FUTURE : Tense.UNKNOWN;
        }
        Token f = t.get(k);
        String w = f.lower();
        Cue c = cues.get(w);
        boolean toFollows = j + 1 < t.size() && t.get(j + 1).lower().equals("to") && j + 2 < t.size()
                && isVerb(t.get(j + 2));
        if (c != null && c != Cue.PLAN && c != Cue.SCHEDULE && (isAux(f) || f.pos().equals("VERB"))) {
            return switch (c) {
                case PAST, PRESENT -> toFollows && j == k && f.lemmaOrText().equals("be") ? Tense.FUTURE
                        : c == Cue.PAST ? Tense.PAST : Tense.PRESENT;
                case PERFECT -> j > k ? Tense.PAST : Tense.PRESENT;
                default -> Tense.UNKNOWN;
            };
        }
        if (!f.pos().equals("VERB")) {
            return Tense.UNKNOWN;
        }
        if (w.endsWith("ing")) {
            return Tense.UNKNOWN;
        }
        return pastForm(w, f.lemmaOrText()) ? Tense.PAST : Tense.PRESENT;
    }

    /**
     * Whether a verb form is a past form of its lemma: it differs from the lemma and is not a third-person "-s"
     * form; a form ending in "-ed" that the lemmatizer left as is counts as past too.
     */
    private static boolean pastForm(String w, String lemma) {
        if (w.equals(lemma)) {
            return w.endsWith("ed") && w.length() > 4;
        }
        boolean thirdPerson = w.equals(lemma + "s") || w.equals(lemma + "es")
                || lemma.endsWith("y") && w.equals(lemma.substring(0, lemma.length() - 1) + "ies");
        return !thirdPerson;
    }

    private boolean isAux(Token t) {
        Cue c = cues.get(t.lower());
        return t.pos().equals("AUX") || c == Cue.FUTURE || c == Cue.PAST || c == Cue.MODAL
                || (c == Cue.PRESENT || c == Cue.PERFECT) && !t.pos().equals("VERB");
    }

    private static boolean isVerb(Token t) {
        return t.pos().equals("VERB") || t.pos().equals("AUX");
    }

    private static boolean negation(Token t) {
        String w = t.lower();
        return w.equals("not") || w.equals("n't") || w.equals("never");
    }


}
