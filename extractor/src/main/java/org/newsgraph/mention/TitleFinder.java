package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.Span;

/**
 * Finds roles in a sentence and what they belong to. Handles a country, demonym or body before the role ("US
 * Secretary of State", "Israel's Prime Minister", "CIA Director", "the State Department's assistant secretary"),
 * modifiers ("Deputy", "former", "-elect"), complements after it ("of Jordan", "for South and Central Asian
 * Affairs", "to Peru") and "X member" roles ("War Cabinet member"). Honorifics are not roles and are not returned.
 * Immutable and thread-safe.
 */
public final class TitleFinder {
    /** Words before a role that make it a different role ("Deputy Foreign Minister"). */
    private static final Set<String> MODIFIERS = Set.of("deputy", "vice", "assistant", "senior", "chief",
            "first", "special", "state", "junior", "shadow", "principal", "associate", "acting", "interim",
            "caretaker", "executive", "permanent", "joint", "co");
    /** Words before a role that say when the person held it; they are not part of the role. */
    private static final Set<String> FORMER = Set.of("former", "ex", "late", "then", "erstwhile", "onetime",
            "one-time", "outgoing", "retired");
    /** Words before a role that say nothing about it ("Union Defence Minister" in Indian usage, "incoming"). */
    private static final Set<String> IGNORED = Set.of("union", "federal", "incoming", "newly", "new", "current",
            "sitting", "top", "powerful", "veteran", "next", "newly-elected", "longtime", "long-time", "government",
            "official", "presidential");
    /** Roles that take "to COUNTRY" as part of the role: an ambassador to Peru is Canada's, not Peru's. */
    private static final Set<String> TO_ROLES = Set.of("Ambassador", "Envoy", "Special Envoy", "High Commissioner",
            "Permanent Representative", "Special Representative");

    private final RoleLexicon roles;

    public TitleFinder(RoleLexicon roles) {
        this.roles = roles;
    }

    /** The titles of a sentence, given its gazetteer entities, in text order, not overlapping. */
    public List<TitleMention> find(Sentence sentence, List<EntityMention> entities) {
        List<Token> tokens = sentence.tokens();
        List<TitleMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<TitleMention> t = titleAt(tokens, i, entities);
            if (t.isPresent()) {
                out.add(t.get());
                i = t.get().end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether token {@code i} starts an honorific ("Mr", "Dr.", "General"), and where it ends. */
    public Optional<Integer> honorificEnd(List<Token> tokens, int i) {
        return roles.at(tokens, i).filter(m -> m.value().kind() == RoleLexicon.Kind.HONORIFIC)
                .filter(m -> isCapitalized(tokens.get(i))).map(PhraseTrie.Match::end);
    }

    private Optional<TitleMention> titleAt(List<Token> tokens, int i, List<EntityMention> entities) {
        // a listed role that starts with a modifier word ("Chief of Defence Forces") is read whole
        Optional<PhraseTrie.Match<RoleLexicon.Entry>> direct = roles.at(tokens, i)
                .filter(x -> x.value().kind() == RoleLexicon.Kind.ROLE && x.end() - i > 1);
        if (direct.isPresent() && MODIFIERS.contains(tokens.get(i).lower())) {
            Optional<TitleMention> whole = titleFrom(tokens, i, i, false, List.of(), entities);
            if (whole.isPresent()) {
                return whole;
            }
        }
        int j = i;
        boolean former = false;
        List<String> mods = new ArrayList<>();
        while (j < tokens.size()) {
            String w = tokens.get(j).lower();
            if (FORMER.contains(w) || w.equals("ex-")) {
                former = true;
            } else if (w.startsWith("ex-") && w.length() > 3) {
                former = true;
                break;
            } else if (MODIFIERS.contains(w)) {
                mods.add(tokens.get(j).text());
            } else if (!IGNORED.contains(w)) {
                break;
            }
            j++;
        }
        return titleFrom(tokens, i, j, former, mods, entities);
    }

    private Optional<TitleMention> titleFrom(List<Token> tokens, int i, int j, boolean former, List<String> mods,
                                             List<EntityMention> entities) {
        int roleStart = j;
        Optional<PhraseTrie.Match<RoleLexicon.Entry>> m = roleAtMaybeEx(tokens, j);
        Optional<EntityMention> of = Optional.empty();
        String role;
        int end;
        boolean lowercase;
        Optional<EntityRef> defaultOf = Optional.empty();
        if (m.isPresent() && m.get().value().kind() == RoleLexicon.Kind.ROLE && !insideEntity(entities, j)) {
            role = m.get().value().canonical();
            defaultOf = m.get().value().defaultBody();
            end = m.get().end();
            lowercase = !isCapitalized(tokens.get(j));
        } else {
            Optional<EntityMention> body = entityStartingAt(entities, j)
                    .filter(e -> e.entity().type() == EntityType.ORGANIZATION && !e.demonym());
            if (body.isPresent() && body.get().endToken() < tokens.size()
                    && (tokens.get(body.get().endToken())).lower().equals("member")) {
                // "War Cabinet member", "Politburo member": a member of that body
                end = body.get().endToken() + 1;
                role = "Member";
                lowercase = false;
                of = body;
            } else {
                Optional<Integer> memberEnd = memberRole(tokens, j, entities);
                if (memberEnd.isEmpty()) {
                    return Optional.empty();
                }
                end = memberEnd.get();
                role = text(tokens, j, end - 2) + " member";
                lowercase = false;
            }
        }
        if (tokens.get(j).text().toLowerCase(Locale.ROOT).startsWith("ex-")) {
            former = true;
        }
        if (!mods.isEmpty()) {
            String prefix = String.join(" ", mods.stream().map(TitleFinder::capitalize).toList());
            role = role.startsWith(prefix) ? role : prefix + " " + role;
        }
        if (lowercase && mods.isEmpty() && i < roleStart && isCapitalized(tokens.get(i))) {
            lowercase = false;
        }
        // "-elect" after the role
        if (end < tokens.size() && tokens.get(end).lower().matches("-?elect")) {
            role = role + "-elect";
            end++;
        } else if (tokens.get(end - 1).text().toLowerCase(Locale.ROOT).endsWith("-elect")) {
            role = role.endsWith("-elect") ? role : role + "-elect";
        }
        // complements: "to Peru" for envoys, "for X Affairs", "of Jordan"
        if (end + 1 < tokens.size() && tokens.get(end).lower().equals("to") && TO_ROLES.contains(stripMods(role))) {
            Optional<EntityMention> to = entityStartingAt(entities, end + 1);
            if (to.isPresent() && to.get().entity().type() == EntityType.COUNTRY) {
                role = role + " to " + to.get().entity().label();
                end = to.get().endToken();
            }
        }
        if (end + 1 < tokens.size() && tokens.get(end).lower().equals("for") && !TO_ROLES.contains(stripMods(role))) {
            int k = end + 1;
            int last = -1;
            while (k < tokens.size() && (isCapitalized(tokens.get(k))
                    || (last >= 0 && Set.of("and", "of", "the").contains(tokens.get(k).lower())))) {
                if (isCapitalized(tokens.get(k))) {
                    last = k;
                }
                k++;
            }
            if (last >= 0 && entityStartingAt(entities, end + 1).isEmpty()) {
                role = role + " for " + text(tokens, end + 1, last);
                end = last + 1;
                defaultOf = Optional.empty();
            }
        }
        if (of.isEmpty() && end + 1 < tokens.size() && tokens.get(end).lower().equals("of")) {
            int k = end + 1;
            if (k < tokens.size() && tokens.get(k).lower().equals("the")) {
                k++;
            }
            Optional<EntityMention> e = entityStartingAt(entities, k);
            if (e.isPresent()) {
                of = e;
                end = e.get().endToken();
                // "(UNRWA)" right after the body's long name
                if (end + 2 < tokens.size() && tokens.get(end).text().equals("(")
                        && tokens.get(end + 2).text().equals(")")) {
                    end += 3;
                }
            }
        }
        // a country, demonym or body right before the role (or before its modifiers), possibly with 's
        int start = i;
        int b = i - 1;
        // "Argentina's libertarian President": up to two lower-case adjectives after a possessive
        int adjectives = 0;
        while (b >= 0 && adjectives < 2 && tokens.get(b).pos().equals("ADJ") && !isCapitalized(tokens.get(b))
                && b >= 1 && (tokens.get(b - 1).text().equals("'s") || tokens.get(b - 1).text().equals("’s")
                || tokens.get(b - 1).pos().equals("ADJ"))) {
            b--;
            adjectives++;
        }
        if (b >= 0 && (tokens.get(b).text().equals("'s") || tokens.get(b).text().equals("’s"))) {
            b--;
        } else if (adjectives > 0) {
            b += adjectives;
        }
        Optional<EntityMention> before = entityEndingAt(entities, b + 1);
        if (before.isPresent() && before.get().endToken() <= roleStart) {
            if (of.isEmpty()) {
                of = before;
            }
            start = before.get().startToken();
            if (start > 0 && tokens.get(start - 1).lower().equals("the")) {
                start--;
            }
        }
        if (start > 0 && FORMER.contains(tokens.get(start - 1).lower())) {
            former = true;
            start--;
        }
        Span span = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        return Optional.of(new TitleMention(start, end, roleStart, end, role, former, of, span, lowercase, defaultOf));
    }

    private Optional<PhraseTrie.Match<RoleLexicon.Entry>> roleAtMaybeEx(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return Optional.empty();
        }
        return roles.at(tokens, j);
    }

    /** "War Cabinet member": one to three capitalised words that are not a place or body, then "member". */
    private static Optional<Integer> memberRole(List<Token> tokens, int j, List<EntityMention> entities) {
        int k = j;
        while (k < tokens.size() && k - j < 3 && isCapitalized(tokens.get(k)) && !insideEntity(entities, k)) {
            k++;
        }
        if (k > j && k < tokens.size() && tokens.get(k).lower().equals("member")) {
            return Optional.of(k + 1);
        }
        return Optional.empty();
    }

    private static String stripMods(String role) {
        for (String m : MODIFIERS) {
            String p = capitalize(m) + " ";
            if (role.startsWith(p)) {
                return stripMods(role.substring(p.length()));
            }
        }
        return role;
    }

    private static boolean insideEntity(List<EntityMention> entities, int tok) {
        return entities.stream().anyMatch(e -> e.startToken() <= tok && tok < e.endToken() && !e.demonym());
    }

    private static Optional<EntityMention> entityStartingAt(List<EntityMention> entities, int tok) {
        return entities.stream().filter(e -> e.startToken() == tok)
                .max(java.util.Comparator.comparingInt(EntityMention::endToken));
    }

    private static Optional<EntityMention> entityEndingAt(List<EntityMention> entities, int endTok) {
        return entities.stream().filter(e -> e.endToken() == endTok)
                .min(java.util.Comparator.comparingInt(EntityMention::startToken));
    }

    static boolean isCapitalized(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }


    private static String capitalize(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String text(List<Token> tokens, int from, int toInclusive) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k <= toInclusive; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }
}
