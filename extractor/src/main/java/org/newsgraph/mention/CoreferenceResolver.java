package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.BlockKind;

/**
 * In-article coreference of names: groups the name mentions of one article into persons (across articles,
 * {@link org.newsgraph.resolve.PersonResolver} takes over). Full names that can be
 * the same person ({@link PersonNames#sameFullName}) are one; a one-word mention ("Blinken", "Philippe") joins the
 * person whose name contains it, preferring the surname, then a person with the role written before the mention,
 * then the person mentioned most recently before it (so a bare surname resolves to the full name used earlier).
 * A one-word name that matches no full name stays a person only when a title or honorific stands before it
 * ("President Magufuli"); a multi-word name found only in a title-case headline needs a title too.
 * Stateless and thread-safe.
 */
public final class CoreferenceResolver {

    /** A name mention with the role written right before it, if any ("President" in "President Kenyatta"). */
    public record Candidate(NameMention name, Optional<String> roleBefore) {
    }

    /** The persons of an article and which person each accepted name mention refers to. */
    public record Result(List<PersonEntity> persons, Map<NameMention, String> personOf) {
    }

    private static final class Group {
        final List<Candidate> members = new ArrayList<>();
        List<String> fullWords;

        Group(Candidate first) {
            members.add(first);
            fullWords = first.name().words();
        }

        int lastMentionBefore(NameMention m) {
            int best = -1;
            for (Candidate c : members) {
                if (c.name().span().begin() < m.span().begin()) {
                    best = Math.max(best, c.name().span().begin());
                }
            }
            return best;
        }

        boolean hasRole(String role) {
            return members.stream().anyMatch(c -> c.roleBefore().filter(role::equals).isPresent());
        }
    }

    public Result resolve(List<Sentence> sentences, List<Candidate> candidates, String text) {
        List<Group> groups = new ArrayList<>();
        List<Candidate> singles = new ArrayList<>();
        // pass 1: full names, in text order
        List<Candidate> headline = new ArrayList<>();
        for (Candidate c : candidates) {
            if (titleCaseHeadline(sentences.get(c.name().sentence()))) {
                headline.add(c);
                continue;
            }
            if (c.name().words().size() < 2) {
                singles.add(c);
                continue;
            }
            Group g = groups.stream().filter(x -> PersonNames.sameFullName(x.fullWords, c.name().words()))
                    .findFirst().orElse(null);
            if (g == null) {
                groups.add(new Group(c));
            } else {
                g.members.add(c);
                if (better(c, g.fullWords, sentences)) {
                    g.fullWords = c.name().words();
                }
            }
        }
        // pass 2: in a title-case headline every word is capitalised, so a name is only the longest start of the
        // run that names a person of the body ("Blinken" of "Blinken Holds Unannounced Meeting With")
        for (Candidate c : headline) {
            for (int n = c.name().words().size(); n >= 1; n--) {
                Candidate cut = new Candidate(c.name().prefix(n), c.roleBefore());
                if (bestGroup(groups, cut).isPresent()) {
                    singles.add(cut);
                    break;
                }
            }
        }
        // pass 3: one-word names join a full name, or stand alone behind a title
        List<Group> standalone = new ArrayList<>();
        for (Candidate c : singles) {
            Optional<Group> g = bestGroup(groups, c);
            if (g.isPresent()) {
                g.get().members.add(c);
                continue;
            }
            if (!c.name().afterTitle()) {
                continue;
            }
            Optional<Group> same = standalone.stream()
                    .filter(x -> PersonNames.key(x.fullWords).equals(PersonNames.key(c.name().words()))).findFirst();
            if (same.isPresent()) {
                same.get().members.add(c);
            } else {
                standalone.add(new Group(c));
            }
        }
        // a headline-only or one-word name seen again without a title later still counts
        groups.addAll(standalone);
        groups.sort((a, b) -> Integer.compare(firstBegin(a), firstBegin(b)));
        List<PersonEntity> persons = new ArrayList<>();
        Map<NameMention, String> personOf = new HashMap<>();
        int n = 0;
        for (Group g : groups) {
            String id = "p" + (++n);
            TreeSet<String> aliases = new TreeSet<>();
            List<Mention> mentions = new ArrayList<>();
            g.members.sort((a, b) -> a.name().span().compareTo(b.name().span()));
            for (Candidate c : g.members) {
                NameMention m = c.name();
                aliases.add(m.text());
                if (!m.honorific().isEmpty() && !c.roleBefore().isPresent()) {
                    aliases.add(m.honorific() + " " + m.text());
                }
                mentions.add(new Mention(MentionKind.PERSON, m.span(), m.sentence(), m.span().of(text), id));
                personOf.put(m, id);
            }
            String name = String.join(" ", g.fullWords);
            aliases.remove(name);
            persons.add(new PersonEntity(id, name, aliases, mentions));
        }
        return new Result(persons, personOf);
    }

    private static int firstBegin(Group g) {
        return g.members.stream().mapToInt(c -> c.name().span().begin()).min().orElse(0);
    }

    /** A better display name: more words (initials aside), then from the body rather than a caption or headline. */
    private static boolean better(Candidate c, List<String> current, List<Sentence> sentences) {
        int a = PersonNames.key(c.name().words()).size();
        int b = PersonNames.key(current).size();
        if (a != b) {
            return a > b;
        }
        return false;
    }

    private static Optional<Group> bestGroup(List<Group> groups, Candidate c) {
        Group best = null;
        int bestScore = 0;
        int bestRecency = -1;
        boolean multiWord = PersonNames.key(c.name().words()).size() >= 2;
        for (Group g : groups) {
            int score;
            if (multiWord) {
                score = PersonNames.sameFullName(g.fullWords, c.name().words()) ? 2 : 0;
            } else {
                score = PersonNames.singleWordMatch(c.name().words().get(0), g.fullWords);
            }
            if (score == 0) {
                continue;
            }
            if (c.roleBefore().isPresent() && g.hasRole(c.roleBefore().get())) {
                score += 2;
            }
            int recency = g.lastMentionBefore(c.name());
            if (score > bestScore || (score == bestScore && recency > bestRecency)) {
                best = g;
                bestScore = score;
                bestRecency = recency;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A headline written in title case ("Blinken Holds Unannounced Meeting With ..."): capitals say little there. */
    static boolean titleCaseHeadline(Sentence s) {
        if (s.block() != BlockKind.HEADLINE) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (t.text().length() > 3 && t.text().chars().allMatch(Character::isLetter)) {
                words++;
                if (Character.isUpperCase(t.text().charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }
}
