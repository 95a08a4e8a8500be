package org.newsgraph.fact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityMention;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.TitleMention;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.Span;

/**
 * Adds the references that are not names: pronouns ("he", "his"), definite descriptions by role ("the Prime
 * Minister", "the Tanzanian leader", "the U.S. secretary"), "his Iraqi counterpart", and groups ("the two leaders",
 * "both sides"). Rules:
 * <ul>
 *   <li>a pronoun refers to the first person of its sentence before it, else to the first person of the closest
 *       earlier sentence (up to three back) of the body;</li>
 *   <li>a description refers to the one person of the article whose position has that role (or, for "leader",
 *       "official", any role) and the country the description names; no reference when several qualify;</li>
 *   <li>"the two X" / "both X" refer to the last two persons referred to before it.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ReferenceResolver {
    private static final Set<String> SINGULAR = Set.of("he", "she", "him", "her", "his", "hers", "himself",
            "herself");
    private static final Set<String> GENERIC_ROLES = Set.of("leader", "head", "official", "chief");
    private static final Pattern GROUP_NOUN = Pattern.compile(
            "leaders|men|women|presidents|ministers|diplomats|counterparts|heads|premiers|statesmen|envoys|chiefs"
                    + "|leaders'");

    public void resolve(ArticleAnalysis a, List<PositionFact> positions) {
        for (int s = 0; s < a.sentences().size(); s++) {
            List<Token> tokens = a.tokens(s);
            for (TitleMention t : a.titles(s)) {
                description(a, s, t, positions).ifPresent(a::addRef);
            }
            for (int k = 0; k < tokens.size(); k++) {
                if (a.refAt(s, k).isPresent()) {
                    continue;
                }
                String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
                if (SINGULAR.contains(w)) {
                    Optional<String> who = antecedent(a, s, k);
                    if (who.isPresent()) {
                        a.addRef(new PersonRef(s, k, k + 1, tokens.get(k).span(), List.of(who.get()),
                                PersonRef.Kind.PRONOUN));
                    }
                } else if (w.startsWith("counterpart")) {
                    counterpart(a, s, k, positions).ifPresent(a::addRef);
                } else if ((w.equals("two") && k > 0 && tokens.get(k - 1).lower().equals("the")
                        || w.equals("both")) && k + 1 < tokens.size()
                        && GROUP_NOUN.matcher(tokens.get(k + 1).lower()).matches()) {
                    List<String> last = groupOfTwo(a, s, k, tokens.get(k + 1).lower(), positions);
                    if (last.size() == 2) {
                        int from = w.equals("two") ? k - 1 : k;
                        a.addRef(new PersonRef(s, from, k + 2, span(tokens, from, k + 2), last,
                                PersonRef.Kind.GROUP));
                    }
                }
            }
        }
    }

    /** "the Prime Minister", "The U.S. secretary", "the Tanzanian leader": a title with no name after it. */
    private Optional<PersonRef> description(ArticleAnalysis a, int s, TitleMention t, List<PositionFact> positions) {
        List<Token> tokens = a.tokens(s);
        boolean definite = t.start() > 0 && (tokens.get(t.start() - 1)).lower().equals("the")
                || (tokens.get(t.start())).lower().equals("the");
        // a headline drops "the": "Serbian president says ...", "Japan Prime Minister Speaks With ..."
        boolean headline = t.start() == 0 && t.of().isPresent() && a.block(s) == org.newsgraph.text.BlockKind.HEADLINE;
        if (!definite && !headline) {
            return Optional.empty();
        }
        if (a.refs(s).stream().anyMatch(r -> r.start() >= t.end() && r.start() <= t.end() + 2
                || r.start() <= t.start() && r.end() > t.start())) {
            return Optional.empty();
        }
        String role = t.role().toLowerCase(Locale.ROOT);
        List<String> who = new ArrayList<>(positions.stream()
                .filter(p -> roleFits(role, p.role().toLowerCase(Locale.ROOT)))
                .filter(p -> t.of().isEmpty() || p.of().isEmpty() && !GENERIC_ROLES.contains(role)
                        || p.of().isPresent() && p.of().get().key().equals(t.of().get().entity().key()))
                .map(PositionFact::person).distinct().toList());
        if (who.isEmpty() && GENERIC_ROLES.contains(role) && t.of().isPresent()) {
            // "the Tanzanian leader": the one person the article introduces with that nationality
            who = nationals(a, t.of().get().entity().key());
        }
        if (who.size() != 1) {
            return Optional.empty();
        }
        int from = !definite ? t.start() : (tokens.get(t.start())).lower().equals("the") ? t.start() : t.start() - 1;
        return Optional.of(new PersonRef(s, from, t.end(), span(tokens, from, t.end()), who,
                PersonRef.Kind.DESCRIPTION));
    }

    /** The persons whose name the article writes right after a title naming this country ("Tanzanian leader X"). */
    private static List<String> nationals(ArticleAnalysis a, String countryKey) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int s = 0; s < a.sentences().size(); s++) {
            for (TitleMention t : a.titles(s)) {
                if (t.of().isEmpty() || !t.of().get().entity().key().equals(countryKey)) {
                    continue;
                }
                int end = t.end();
                a.refs(s).stream().filter(r -> r.kind() == PersonRef.Kind.NAME && r.start() == end)
                        .forEach(r -> out.addAll(r.persons()));
            }
        }
        return new ArrayList<>(out);
    }

    static boolean roleFits(String described, String held) {
        if (GENERIC_ROLES.contains(described)) {
            return true;
        }
        return held.equals(described) || Pattern.compile("\\b" + Pattern.quote(described) + "\\b").matcher(held)
                .find();
    }

    /** "his Iraqi counterpart": the person, other than the possessor, whose position is for that country. */
    private Optional<PersonRef> counterpart(ArticleAnalysis a, int s, int k, List<PositionFact> positions) {
        List<Token> tokens = a.tokens(s);
        Optional<EntityMention> country = a.entities(s).stream()
                .filter(e -> e.endToken() == k && e.entity().type() == EntityType.COUNTRY).findFirst();
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String key = country.get().entity().key();
        List<String> who = positions.stream().filter(p -> p.of().isPresent() && p.of().get().key().equals(key))
                .map(PositionFact::person).distinct().toList();
        if (who.size() != 1) {
            return Optional.empty();
        }
        int from = country.get().startToken();
        if (from > 0 && Set.of("his", "her", "their").contains(tokens.get(from - 1).lower())) {
            from--;
        }
        return Optional.of(new PersonRef(s, from, k + 1, span(tokens, from, k + 1), who,
                PersonRef.Kind.DESCRIPTION));
    }

    /** The person a pronoun at token k of sentence s refers to. */
    static Optional<String> antecedent(ArticleAnalysis a, int s, int k) {
        Optional<String> ahead = cataphora(a, s, k);
        if (ahead.isPresent()) {
            return ahead;
        }
        Optional<String> speaker = speaker(a, s, k);
        if (speaker.isPresent()) {
            return speaker;
        }
        for (PersonRef r : a.refs(s)) {
            if (r.start() < k && r.persons().size() == 1) {
                return Optional.of(r.persons().get(0));
            }
        }
        for (int back = s - 1; back >= 0 && back >= s - 3; back--) {
            if (a.block(back) == BlockKind.CAPTION) {
                continue;
            }
            for (PersonRef r : a.refs(back)) {
                if (r.persons().size() == 1) {
                    return Optional.of(r.persons().get(0));
                }
            }
            if (a.block(back) == BlockKind.HEADLINE) {
                break;
            }
        }
        return Optional.empty();
    }

    /** "the prime minister said she ...", "Erdogan said that he ...": the subject of the report verb before it. */
    private static Optional<String> speaker(ArticleAnalysis a, int s, int k) {
        List<Token> tokens = a.tokens(s);
        int v = k - 1;
        if (v >= 0 && tokens.get(v).lower().equals("that")) {
            v--;
        }
        if (v < 0 || !Set.of("say", "tell", "state", "add", "insist", "argue", "announce", "declare", "confirm", "warn")
                .contains(tokens.get(v).lemmaOrText())) {
            return Optional.empty();
        }
        List<PersonRef> subject = Clauses.subjects(a, s, Clauses.start(tokens, v), v);
        return subject.size() == 1 && subject.get(0).persons().size() == 1
                ? Optional.of(subject.get(0).persons().get(0)) : Optional.empty();
    }

    /**
     * "After his talks with Kohl, Simitis will meet ...": a pronoun in a fronted subordinate phrase, with no person
     * before it, refers to the subject after the phrase's comma.
     */
    private static Optional<String> cataphora(ArticleAnalysis a, int s, int k) {
        List<Token> tokens = a.tokens(s);
        boolean subordinate = false;
        for (int b = 0; b < k; b++) {
            subordinate |= Set.of("after", "before", "during", "following", "upon", "when", "while")
                    .contains(tokens.get(b).lower());
        }
        if (!subordinate || a.refs(s).stream().anyMatch(r -> r.start() < k)) {
            return Optional.empty();
        }
        int comma = -1;
        for (int f = k + 1; f < tokens.size(); f++) {
            if (tokens.get(f).text().equals(",")) {
                comma = f;
                break;
            }
        }
        int c = comma;
        return c < 0 ? Optional.empty() : a.refs(s).stream()
                .filter(r -> r.start() > c && r.kind() == PersonRef.Kind.NAME && r.persons().size() == 1)
                .filter(r -> r.start() == c + 1 || !Clauses.preposition(tokens.get(r.start() - 1)))
                .findFirst().map(r -> r.persons().get(0));
    }

    /**
     * "the two presidents": the two persons most recently referred to who hold that role; "the two leaders",
     * "the two sides": the last two persons referred to.
     */
    private static List<String> groupOfTwo(ArticleAnalysis a, int s, int k, String noun,
                                           List<PositionFact> positions) {
        String role = noun.replaceAll("'$", "").replaceAll("s$", "");
        boolean specific = !Set.of("leader", "side", "man", "men", "woman", "women", "official", "counterpart", "head",
                "statesman", "statesmen", "delegation", "leadership", "envoy", "chief").contains(role);
        if (!specific) {
            return lastPersons(a, s, k, 2);
        }
        List<String> all = lastPersons(a, s, k, 12);
        List<String> out = all.stream().filter(p -> positions.stream().anyMatch(q -> q.person().equals(p)
                && q.role().equalsIgnoreCase(role))).limit(2).toList();
        return out.size() == 2 ? out : List.of();
    }

    /** The last {@code n} distinct persons referred to before token k of sentence s, most recent first. */
    static List<String> lastPersons(ArticleAnalysis a, int s, int k, int n) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int back = s; back >= 0 && back >= s - 3 && out.size() < n; back--) {
            List<PersonRef> refs = new ArrayList<>(a.refs(back));
            java.util.Collections.reverse(refs);
            for (PersonRef r : refs) {
                if (back == s && r.start() >= k) {
                    continue;
                }
                for (String p : r.persons()) {
                    if (out.size() < n) {
                        out.add(p);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }

}
