package org.newsgraph.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.mention.WordLists;
import org.newsgraph.nlp.Token;

/**
 * Clause-level reading without a parser: where the clause of a word starts and ends, and who its subject is.
 * A clause ends at "but", ";", a relative pronoun, "where", a dash, or "and" before a verb (a new predicate that
 * shares the subject). The subject of a clause is the persons before its verb that do not follow a preposition;
 * a relative clause ("X, who was received by Y") takes the person it is about, and a predicate without its own
 * subject ("... and hold talks with Y", "... emphasizing that ...") takes the sentence's first subject.
 * Immutable and thread-safe.
 */
final class Clauses {
    private static final WordLists WORDS = WordLists.load(Clauses.class, "clause-words.tsv");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "'s", "’s");

    private Clauses() {
    }

    static int start(List<Token> tokens, int k) {
        for (int b = k - 1; b >= 0; b--) {
            if (boundary(tokens, b)) {
                if (closedRelative(tokens, b, k)) {
                    continue;   // "X and Y, who has been elected president, talked": look past the closed clause
                }
                return b + 1;
            }
        }
        return 0;
    }

    /** ", who ... ," before token k: a relative clause that a comma has closed again. */
    private static boolean closedRelative(List<Token> tokens, int b, int k) {
        if (!Set.of("who", "which", "whom", "whose").contains(tokens.get(b).lower())
                || b == 0 || !tokens.get(b - 1).text().equals(",")) {
            return false;
        }
        for (int c = b + 1; c < k; c++) {
            if (tokens.get(c).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date at token {@code d} dates a report rather than an event: right after a report verb
     * ("confirmed on Wednesday he met ...", "said yesterday that ...").
     */
    static boolean reportDate(List<Token> tokens, int d) {
        for (int b = d - 1; b >= Math.max(0, d - 3); b--) {
            Token t = tokens.get(b);
            if (Set.of("VERB", "AUX").contains(t.pos()) && Set.of("say", "confirm", "tell", "announce", "report",
                    "state", "add", "deny", "declare", "write", "disclose", "reveal").contains(t.lemmaOrText())) {
                return true;
            }
            if (!Set.of("on", "late", "early", "last", "this", "ADP").contains(t.lower())
                    && !t.pos().equals("ADP") && !t.pos().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    static int end(List<Token> tokens, int k) {
        for (int b = k; b < tokens.size(); b++) {
            if (boundary(tokens, b)) {
                return b;
            }
        }
        return tokens.size();
    }

    static boolean boundary(List<Token> tokens, int b) {
        String w = tokens.get(b).lower();
        if (WORDS.contains("boundaries", w)) {
            return true;
        }
        if (w.equals("and") && b + 1 < tokens.size()) {
            // a lower-case verb starts a new predicate; a capitalised one is inside a name ("Relief and Works Agency")
            Token next = tokens.get(b + 1);
            return (next.pos().equals("VERB") || next.pos().equals("AUX")) && !next.isCapitalized();
        }
        return false;
    }

    static boolean preposition(Token t) {
        return WORDS.contains("prepositions", t.text());
    }

    /**
     * The subject of a verb at token {@code verb}: the person nearest before it in {@code [left, verb)} that does
     * not follow a preposition, with the persons coordinated with it ("X and Y", "X, Y and Z", "the negotiator,
     * X, and the deputy chief, Y"). A verb or a common noun between two persons ends the group ("Quoting X, the
     * despatch said Y and Z ...": the subject is Y and Z).
     */
    static List<PersonRef> subjects(ArticleAnalysis a, int s, int left, int verb) {
        List<Token> tokens = a.tokens(s);
        List<PersonRef> candidates = new ArrayList<>();
        for (PersonRef r : a.refs(s)) {
            if (r.start() < left || r.end() > verb) {
                continue;
            }
            int before = r.start() - 1;
            while (before >= left && skippableBeforeRef(a, s, before)) {
                before--;
            }
            if (before >= left && preposition(tokens.get(before))) {
                continue;
            }
            candidates.add(r);
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<PersonRef> group = new ArrayList<>();
        PersonRef nearest = candidates.get(candidates.size() - 1);
        group.add(nearest);
        for (int i = candidates.size() - 2; i >= 0; i--) {
            PersonRef prev = candidates.get(i);
            if (!onlyJoiners(a, s, prev.end(), group.get(0).start())) {
                break;
            }
            group.add(0, prev);
        }
        return group;
    }

    /**
     * Whether tokens {@code [from, to)} only join coordinated persons: commas, "and", titles, determiners, and
     * between commas a capitalised group of the list ("X, Cabinet Secretaries, Y and ...").
     */
    private static boolean onlyJoiners(ArticleAnalysis a, int s, int from, int to) {
        boolean joined = false;
        boolean afterComma = false;
        for (int k = from; k < to; k++) {
            Token t = a.tokens(s).get(k);
            String w = t.lower();
            if (w.equals(",") || w.equals("and") || w.equals("&")) {
                joined = true;
                afterComma |= w.equals(",");
            } else if (!skippableBeforeRef(a, s, k) && !Set.of("of", "(", ")", "as", "well").contains(w)
                    && !(afterComma && Set.of("NOUN", "PROPN").contains(t.pos()))) {
                return false;
            }
        }
        return joined;
    }

    /** The subject of a clause that has none of its own: the person a relative clause is about, or the sentence's. */
    static List<PersonRef> inherited(ArticleAnalysis a, int s, int left) {
        List<Token> tokens = a.tokens(s);
        if (left > 0 && Set.of("who", "whom").contains(tokens.get(left - 1).lower())) {
            int b = left - 2;
            if (b >= 0 && tokens.get(b).text().equals(",")) {
                b--;
            }
            int at = b;
            return a.refs(s).stream().filter(r -> r.end() - 1 == at).limit(1).toList();
        }
        List<PersonRef> main = subjects(a, s, 0, Math.max(0, left));
        return main.isEmpty() ? List.of() : List.of(main.get(0));
    }

    /** Tokens that may stand between a preposition and the person it governs: titles, determiners, demonyms. */
    private static boolean skippableBeforeRef(ArticleAnalysis a, int s, int k) {
        if (DETERMINERS.contains(a.tokens(s).get(k).lower())) {
            return true;
        }
        return a.titles(s).stream().anyMatch(t -> t.start() <= k && k < t.end())
                || a.entities(s).stream().anyMatch(e -> e.startToken() <= k && k < e.endToken());
    }


}
