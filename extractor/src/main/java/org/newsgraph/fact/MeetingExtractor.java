package org.newsgraph.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.date.DateMention;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerEntry;
import org.newsgraph.mention.EntityMention;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionKind;
import org.newsgraph.mention.TitleFinder;
import org.newsgraph.mention.TitleMention;
import org.newsgraph.mention.WordLists;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.Span;

/**
 * Finds meetings between persons: a meeting verb ("met with", "received", "hosted", "spoke with"), a meeting noun
 * with its verb ("held talks with", "had a phone call with", "a meeting between X and Y"), or persons that jointly
 * "discussed"/"agreed". Participants are the persons before the word in its clause (its subject; for a relative
 * clause, the person it is about; for a coordinated or infinitive predicate, the sentence's subject) and the
 * persons it takes as object, coordinated ones included. Status: refused when the verb group says so ("refused
 * to", "did not", "snubbed", "cancelled", "denied that"), planned when it looks ahead ("will", "is scheduled to",
 * "plans to", or a date after publication), otherwise occurred. Date and place come from the clause (a city
 * before a region before a country; "in Tel Aviv where he met"). Captions are not read: a photo is not a report.
 * Immutable and thread-safe.
 */
public final class MeetingExtractor {
    private enum Type { DIRECT, WITH, NOUN, JOINT }

    private record Trigger(int start, int end, int verbGroupFrom, Type type, boolean refusing) {
    }

    private static final Set<String> SKIPPABLE = Set.of("with", "the", "a", "an", "his", "her", "their", "its",
            ",", "also", "separately", "later", "again", "(", ")", "r", "l", "right", "left", "then", "both",
            "then-", "newly", "visiting", "new", "top", "senior", "-", "–", "'s", "’s");

    /** Words that open a phrase or clause subordinate to the main clause ("After a meeting with X, Y said"). */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "during", "following", "since",
            "ahead", "when");

    private final WordLists words = WordLists.load(MeetingExtractor.class, "meeting-words.tsv");
    private final TitleFinder titleFinder;

    public MeetingExtractor(TitleFinder titleFinder) {
        this.titleFinder = titleFinder;
    }

    public List<MeetingFact> extract(ArticleAnalysis a) {
        List<MeetingFact> out = new ArrayList<>();
        for (int s = 0; s < a.sentences().size(); s++) {
            BlockKind block = a.block(s);
            if (block != BlockKind.BODY && block != BlockKind.HEADLINE) {
                continue;
            }
            List<Trigger> triggers = triggers(a, s);
            for (Trigger t : triggers) {
                fact(a, s, t, triggers.size()).ifPresent(out::add);
            }
        }
        return withSharedPlaces(withParticipants(a, withLeadDates(a, consolidate(out))));
    }

    /**
     * "LIMA, Peru — The government and the rebels began talks ...": a held, in-person meeting that the article gives
     * no place for anywhere takes the dateline's city, when one of its participants holds an office of the
     * dateline's country (a local official: the report is filed where they meet). A visitor's meeting elsewhere
     * ("AQABA - ... after a meeting with Syria's President Assad on Friday") keeps no place.
     */
    public List<MeetingFact> withDatelinePlace(ArticleAnalysis a, List<MeetingFact> facts, List<PositionFact> positions) {
        if (a.dateline() == null || a.dateline().place().isEmpty()) {
            return facts;
        }
        org.newsgraph.text.Span where = a.dateline().place().get();
        Optional<EntityMention> city = java.util.stream.IntStream.range(0, a.sentences().size()).boxed()
                .flatMap(s -> a.entities(s).stream())
                .filter(e -> e.entity().type() == EntityType.CITY && e.mention().span().overlaps(where)).findFirst();
        if (city.isEmpty()) {
            return facts;
        }
        Optional<String> country = PositionExtractor.countryOf(city.get().entity());
        List<MeetingFact> out = new ArrayList<>();
        for (MeetingFact f : facts) {
            boolean placedElsewhere = facts.stream().anyMatch(g -> g.place().isPresent()
                    && g.participants().stream().filter(f.participants()::contains).count() >= 2);
            boolean local = country.isPresent() && positions.stream().anyMatch(p -> f.participants().contains(p.person())
                    && p.of().flatMap(PositionExtractor::countryOf).equals(country));
            if (f.place().isEmpty() && !placedElsewhere && local && f.status() == MeetingStatus.OCCURRED
                    && f.kind() == MeetingKind.IN_PERSON) {
                out.add(new MeetingFact(f.participants(), f.status(), f.kind(), f.date(),
                        Optional.of(city.get().entity()), f.evidence()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A held meeting the article gives no place for takes the place of another held meeting of the article on the
     * same day with a person in common: the same persons on the same day are in the same place.
     */
    private static List<MeetingFact> withSharedPlaces(List<MeetingFact> facts) {
        List<MeetingFact> out = new ArrayList<>();
        for (MeetingFact f : facts) {
            Optional<org.newsgraph.mention.EntityRef> place = Optional.empty();
            if (f.place().isEmpty() && f.status() == MeetingStatus.OCCURRED && f.kind() == MeetingKind.IN_PERSON
                    && f.date().flatMap(d -> d.value().toLocalDate()).isPresent()) {
                place = facts.stream().filter(g -> g != f && g.place().isPresent() && g.kind() == MeetingKind.IN_PERSON
                        && g.status() == MeetingStatus.OCCURRED && g.date().isPresent()
                        && g.date().get().value().equals(f.date().get().value())
                        && g.participants().stream().anyMatch(f.participants()::contains))
                        .map(g -> g.place().get()).distinct().reduce((x, y) -> x.equals(y) ? x : null)
                        .filter(java.util.Objects::nonNull);
            }
            out.add(place.isPresent() ? new MeetingFact(f.participants(), f.status(), f.kind(), f.date(), place,
                    f.evidence()) : f);
        }
        return out;
    }

    /**
     * Persons who "attended the reception", "took part in Tuesday's talks" or "joined the meeting" are participants
     * of the meeting the article reports: the held meeting of the same date, or the article's only held meeting.
     * The persons are the verb's subject, or, when the subject is a group ("A commission of guarantors, which took
     * part in Tuesday's talks, included X; Y and Z"), every person the sentence names.
     */
    private List<MeetingFact> withParticipants(ArticleAnalysis a, List<MeetingFact> facts) {
        List<MeetingFact> out = new ArrayList<>(facts);
        for (int s = 0; s < a.sentences().size(); s++) {
            if (a.block(s) != BlockKind.BODY) {
                continue;
            }
            List<Token> tokens = a.tokens(s);
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (!participateVerb(t)) {
                    continue;
                }
                int n = k + 1;
                if (t.lemmaOrText().equals("take")) {
                    if (n + 1 >= tokens.size() || !tokens.get(n).lower().equals("part")) {
                        continue;
                    }
                    n += 1;
                }
                if (n < tokens.size() && Set.of("in", "at").contains(tokens.get(n).lower())) {
                    n++;
                }
                int noun = nounAfter(tokens, n);
                if (noun < 0 && n + 1 < tokens.size() && tokens.get(n + 1).isPossessive()) {
                    noun = nounAfter(tokens, n + 2);   // "Tuesday's talks"
                }
                if (noun < 0) {
                    continue;
                }
                List<PersonRef> who = Clauses.subjects(a, s, Clauses.start(tokens, k), k);
                if (who.isEmpty()) {
                    who = a.refs(s).stream().filter(r -> r.kind() == PersonRef.Kind.NAME).toList();
                }
                LinkedHashSet<String> people = new LinkedHashSet<>();
                who.forEach(r -> people.addAll(r.persons()));
                int from = tokens.get(k).span().begin();
                int to = tokens.get(noun).span().end();
                Optional<DateMention> date = a.dates(s).stream()
                        .filter(d -> d.value().day().isPresent() && d.span().end() <= to && d.span().begin() >= from)
                        .findFirst();
                Optional<MeetingFact> target = joinable(out, date);
                if (target.isEmpty() || people.isEmpty() || target.get().participants().containsAll(people)) {
                    continue;
                }
                MeetingFact m = target.get();
                LinkedHashSet<String> all = new LinkedHashSet<>(m.participants());
                all.addAll(people);
                List<Mention> ev = new ArrayList<>();
                Span trig = new Span(t.span().begin(), tokens.get(noun).span().end());
                ev.add(new Mention(MentionKind.TRIGGER, trig, s, trig.of(a.text()), "meeting"));
                for (PersonRef r : who) {
                    for (String p : r.persons()) {
                        ev.add(new Mention(MentionKind.PERSON, r.span(), s, r.span().of(a.text()), p));
                    }
                }
                out.add(new MeetingFact(new ArrayList<>(all), m.status(), m.kind(), m.date(), m.place(),
                        new Evidence(s, ev)));
            }
        }
        return out;
    }

    /** "attended", "took (part)", "joined": the tagger sometimes calls "attended" an adjective. */
    private boolean participateVerb(Token t) {
        if (!Set.of("VERB", "ADJ", "AUX").contains(t.pos())) {
            return false;
        }
        String w = t.lower();
        return words.contains("participate-verbs", t.lemmaOrText()) || words.contains("participate-verbs",
                w.replaceAll("(ed|ing|s)$", "")) || w.equals("took") || w.equals("taken");
    }

    /** "attended the reception", "took part in Tuesday's talks": the noun belongs to a participation. */
    private boolean participationObject(List<Token> tokens, int noun) {
        for (int b = noun - 1; b >= Math.max(0, noun - 5); b--) {
            Token t = tokens.get(b);
            if (participateVerb(t)) {
                return true;
            }
            if (!Set.of("DET", "ADJ", "ADP", "NUM", "PRON", "PART", "PROPN").contains(t.pos())
                    && !t.lower().equals("part") && !t.isPossessive()) {
                return false;
            }
        }
        return false;
    }

    /** The article's held meeting a participation joins: the one of that date, or the only one. */
    private static Optional<MeetingFact> joinable(List<MeetingFact> facts, Optional<DateMention> date) {
        List<MeetingFact> held = facts.stream().filter(f -> f.status() == MeetingStatus.OCCURRED).toList();
        if (date.isPresent()) {
            List<MeetingFact> same = held.stream().filter(f -> f.date().isPresent()
                    && f.date().get().value().equals(date.get().value())).toList();
            if (!same.isEmpty()) {
                return Optional.of(same.get(0));
            }
        }
        long clusters = held.stream().map(f -> new java.util.TreeSet<>(f.participants()).first()
                + new java.util.TreeSet<>(f.participants()).last()).distinct().count();
        return clusters == 1 ? Optional.of(held.get(0)) : Optional.empty();
    }


    /**
     * Gives an undated held meeting of a lead person the lead's date (see {@link #leadDate}), unless its sentence
     * puts it earlier ("previously met") or the article denies a meeting of those persons.
     */
    private List<MeetingFact> withLeadDates(ArticleAnalysis a, List<MeetingFact> facts) {
        Optional<DateMention> lead = leadDate(a);
        if (lead.isEmpty()) {
            return facts;
        }
        java.util.Set<String> leadPersons = leadPersons(a);
        List<MeetingFact> out = new ArrayList<>();
        for (MeetingFact f : facts) {
            boolean denied = facts.stream().anyMatch(g -> g.status() == MeetingStatus.REFUSED
                    && g.participants().containsAll(f.participants().subList(0, 2)));
            if (f.date().isEmpty() && f.status() == MeetingStatus.OCCURRED && !denied
                    && !earlierTime(a.tokens(f.evidence().sentence()))
                    && f.participants().stream().anyMatch(leadPersons::contains)) {
                out.add(new MeetingFact(f.participants(), f.status(), f.kind(), lead, f.place(), f.evidence()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private List<Trigger> triggers(ArticleAnalysis a, int s) {
        List<Token> tokens = a.tokens(s);
        List<Trigger> out = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String lemma = t.lemmaOrText();
            boolean verb = t.pos().equals("VERB") || t.pos().equals("AUX") && !lemma.equals("be");
            if (a.refAt(s, k).isPresent()) {
                continue;
            }
            if (verb && words.contains("support-verbs", lemma)) {
                int n = nounAfter(tokens, k + 1);
                if (n >= 0) {
                    int end = nounEnd(tokens, n);
                    out.add(new Trigger(n, end, k, Type.NOUN, false));
                    for (int u = k; u < end; u++) {
                        used[u] = true;
                    }
                    continue;
                }
            }
            if (used[k]) {
                continue;
            }
            if (verb && words.contains("direct-verbs", lemma)) {
                out.add(new Trigger(k, k + 1, k, Type.DIRECT, words.contains("refused", t.text())));
            } else if (verb && words.contains("with-verbs", lemma)) {
                out.add(new Trigger(k, k + 1, k, Type.WITH, false));
            } else if (verb && words.contains("joint-verbs", lemma)) {
                out.add(new Trigger(k, k + 1, k, Type.JOINT, false));
            } else if (isNoun(tokens, k) && !participationObject(tokens, k)) {
                int end = nounEnd(tokens, k);
                out.add(new Trigger(k, end, k, Type.NOUN, false));
                for (int u = k; u < end; u++) {
                    used[u] = true;
                }
            }
        }
        return out;
    }

    private Optional<MeetingFact> fact(ArticleAnalysis a, int s, Trigger t, int triggersInSentence) {
        List<Token> tokens = a.tokens(s);
        int left = Clauses.start(tokens, t.verbGroupFrom());
        int right = Clauses.end(tokens, t.end());
        List<PersonRef> subjects = Clauses.subjects(a, s, left, t.verbGroupFrom());
        boolean inheritedSubject = false;
        if (subjects.isEmpty()) {
            subjects = Clauses.inherited(a, s, left);
            inheritedSubject = !subjects.isEmpty();
        }
        List<PersonRef> objects = objects(a, s, t, right);
        boolean subordinate = left > 0 && SUBORDINATORS.contains(tokens.get(left - 1).lower());
        if (subjects.isEmpty() && t.type() == Type.NOUN && subordinate) {
            // "After a four-hour meeting with President Assad on Friday, Mr Christopher announced ...":
            // the meeting belongs to the main clause's subject
            subjects = mainClauseSubject(a, s, objects.isEmpty() ? t.end() : objects.get(objects.size() - 1).end());
        }
        LinkedHashSet<String> people = new LinkedHashSet<>();
        subjects.forEach(r -> people.addAll(r.persons()));
        objects.forEach(r -> people.addAll(r.persons()));
        if (people.size() < 2) {
            return Optional.empty();
        }
        if (objects.isEmpty()) {
            // without an object, only persons who jointly act met each other: "X and Y discussed", "X and Y met"
            boolean joint = t.type() == Type.JOINT || t.type() == Type.NOUN
                    || words.contains("joint-verbs", (tokens.get(t.start())).lemmaOrText());
            if (!joint || subjects.size() < 2 && subjects.stream().noneMatch(r -> r.persons().size() > 1)) {
                return Optional.empty();
            }
        }
        MeetingStatus status = status(a, s, t, left, subjects, inheritedSubject);
        if (status == MeetingStatus.OCCURRED && subordinate && t.type() == Type.NOUN && t.verbGroupFrom() == t.start()
                && futureInSentence(tokens)) {
            // "after his talks with Kohl, Simitis will meet ...": the phrase shares the main clause's time
            status = MeetingStatus.PLANNED;
        }
        Optional<DateMention> date = date(a, s, t, left, right, triggersInSentence);
        if (status == MeetingStatus.OCCURRED && date.isPresent() && afterPublication(a, date.get())) {
            status = MeetingStatus.PLANNED;
        }
        if (status == MeetingStatus.OCCURRED && (laterToday(a, s, date) || temporalUnderFuture(tokens, left))) {
            // "he would discuss migration when he met Giammattei later on Friday": still to come
            status = MeetingStatus.PLANNED;
        }
        // "to visit Baghdad and hold talks with X": a coordinated predicate shares the previous one's place
        int placeFrom = left;
        if (left > 0 && tokens.get(left - 1).lower().equals("and")) {
            placeFrom = Clauses.start(tokens, left - 1);
        }
        // after "discussed", "agreed on", a place belongs to the topic ("discussed the situation in Gaza")
        int placeTo = words.contains("topic-verbs", (tokens.get(t.start())).lemmaOrText()) ? t.start() : right;
        Optional<EntityMention> place = place(a, s, placeFrom, placeTo, t.start());
        Optional<EntityMention> unknown = unknownPlace(a, s, placeFrom, placeTo);
        if (unknown.isPresent() && (place.isEmpty() || rank(place.get().entity().type()) > rank(EntityType.CITY)
                || Math.abs(unknown.get().startToken() - t.start()) < Math.abs(place.get().startToken() - t.start()))) {
            place = unknown;   // "met in Citta della Pieve, a small town in Umbria": the town, not the region
        }
        if (place.isEmpty()) {
            place = travelDestination(a, s - 1);
        }
        MeetingKind kind = tokens.stream().anyMatch(x -> words.contains("call-words", x.text()))
                ? MeetingKind.CALL : MeetingKind.IN_PERSON;
        if (kind == MeetingKind.CALL) {
            place = Optional.empty();   // callers are each at home: a place in the sentence is not the call's
        }
        List<Mention> ev = new ArrayList<>();
        Span trig = new Span(tokens.get(t.start()).span().begin(), tokens.get(t.end() - 1).span().end());
        ev.add(new Mention(MentionKind.TRIGGER, trig, s, trig.of(a.text()), "meeting"));
        for (PersonRef r : concat(subjects, objects)) {
            for (String p : r.persons()) {
                ev.add(new Mention(MentionKind.PERSON, r.span(), r.sentence(), r.span().of(a.text()), p));
            }
        }
        date.ifPresent(d -> ev.add(new Mention(MentionKind.DATE, d.span(), d.sentence(), d.text(),
                d.value().lexicalForm())));
        place.ifPresent(p -> ev.add(p.mention()));
        return Optional.of(new MeetingFact(new ArrayList<>(people), status, kind, date,
                place.map(EntityMention::entity), new Evidence(s, ev)));
    }

    private List<PersonRef> objects(ArticleAnalysis a, int s, Trigger t, int right) {
        List<Token> tokens = a.tokens(s);
        int k = t.end();
        // passive: "was received by X"
        if (t.type() != Type.NOUN && t.start() > 0) {
            for (int b = t.start() - 1; b >= Math.max(0, t.start() - 2); b--) {
                if (tokens.get(b).lemmaOrText().equals("be") || tokens.get(b).lower().equals("been")
                        || tokens.get(b).lower().equals("being")) {
                    for (int f = t.end(); f < Math.min(right, t.end() + 3); f++) {
                        if (tokens.get(f).lower().equals("by")) {
                            return coordinated(a, s, f + 1, right);
                        }
                    }
                }
            }
        }
        switch (t.type()) {
            case DIRECT -> {
                return coordinated(a, s, k, right);
            }
            case WITH, JOINT -> {
                for (int f = k; f < right; f++) {
                    String w = tokens.get(f).lower();
                    if (w.equals("with") || w.equals("to") && t.type() == Type.WITH) {
                        return coordinated(a, s, f + 1, right);
                    }
                }
                return List.of();
            }
            case NOUN -> {
                if (k < right && Set.of("with", "between", "to", "by").contains(tokens.get(k).lower())) {
                    return coordinated(a, s, k + 1, right);
                }
                // "Blinken's meeting with ..." handled above; "their meeting" gives no new persons
                return List.of();
            }
            default -> {
                return List.of();
            }
        }
    }

    /** The person at (or after skippable words from) token k, and those coordinated with it. */
    private List<PersonRef> coordinated(ArticleAnalysis a, int s, int k, int right) {
        List<Token> tokens = a.tokens(s);
        List<PersonRef> out = new ArrayList<>();
        int f = k;
        while (f < right) {
            Optional<PersonRef> r = a.refAt(s, f);
            // "his host President X": a possessive pronoun is a determiner here, not a participant
            if (r.isPresent() && r.get().kind() == PersonRef.Kind.PRONOUN
                    && Set.of("his", "her", "their", "its").contains(tokens.get(f).lower())) {
                r = Optional.empty();
            }
            if (r.isPresent()) {
                out.add(r.get());
                f = r.get().end();
                // "King Abdullah II of Jordan", "Mahmoud Abbas (R)": an apposition after a name stays in the list
                if (f + 1 < right && tokens.get(f).lower().equals("of") && entityStarts(a, s, f + 1)) {
                    f = entityEnd(a, s, f + 1);
                } else if (f + 2 < right && tokens.get(f).text().equals("(") && tokens.get(f + 2).text().equals(")")) {
                    f += 3;
                }
                // ", and", "and", ",", "as well as": more of the list; anything else ends it
                int g = f;
                while (g < right && (tokens.get(g).text().equals(",") || tokens.get(g).lower().equals("and")
                        || tokens.get(g).lower().equals("as") || tokens.get(g).lower().equals("well"))) {
                    g++;
                }
                if (g == f) {
                    break;
                }
                f = g;
                continue;
            }
            if (skippable(a, s, f)) {
                f++;
                continue;
            }
            // "visited left-wing ally Cristina Kirchner", "received by his host President X": a short common-noun
            // apposition before a name, titles and determiners allowed
            int n = f;
            int nouns = 0;
            while (n < right && nouns < 3 && (!a.tokens(s).get(n).isCapitalized()
                    && Set.of("ADJ", "NOUN").contains(a.tokens(s).get(n).pos()) || skippable(a, s, n))) {
                if (!skippable(a, s, n)) {
                    nouns++;
                }
                n++;
            }
            if (n > f && n < right && a.refAt(s, n).filter(x -> x.kind() == PersonRef.Kind.NAME).isPresent()) {
                f = n;
                continue;
            }
            break;
        }
        return out;
    }

    private boolean skippable(ArticleAnalysis a, int s, int k) {
        String w = a.tokens(s).get(k).lower();
        if (SKIPPABLE.contains(w)) {
            return true;
        }
        if (inTitle(a, s, k) || titleFinder.honorificEnd(a.tokens(s), k).isPresent()) {
            return true;
        }
        if (w.equals("and") && inTitle(a, s, k + 1)) {
            return true;    // "Qatari Prime Minister and Minister of Foreign Affairs X"
        }
        return a.entities(s).stream().anyMatch(e -> e.startToken() <= k && k < e.endToken() && e.demonym());
    }

    private MeetingStatus status(ArticleAnalysis a, int s, Trigger t, int left, List<PersonRef> subjects,
                                 boolean inherited) {
        if (t.refusing()) {
            return MeetingStatus.REFUSED;
        }
        List<Token> tokens = a.tokens(s);
        int from = left;
        for (PersonRef r : subjects) {
            if (r.sentence() == s && r.end() <= t.verbGroupFrom() && r.end() > from) {
                from = r.end();
            }
        }
        List<Integer> window = new ArrayList<>();
        for (int k = from; k < t.start(); k++) {
            window.add(k);
        }
        if (inherited || left > 0 && tokens.get(left - 1).lower().equals("and")) {
            // a coordinated predicate shares the sentence's verb group: "will hold talks ... and have talks"
            int subjEnd = subjects.isEmpty() ? 0 : subjects.get(0).end();
            for (int k = subjEnd; k < left && k < tokens.size(); k++) {
                window.add(k);
                if (tokens.get(k).pos().equals("VERB")) {
                    break;
                }
            }
        }
        boolean planned = false;
        for (int k : window) {
            String w = tokens.get(k).lower();
            if (words.contains("refused", w) || lemmaIn(tokens.get(k), "refused")
                    || phrase(tokens, k, "called", "off") || phrase(tokens, k, "call", "off")
                    || phrase(tokens, k, "ruled", "out")) {
                return MeetingStatus.REFUSED;
            }
            if (words.contains("planned", w) || isTo(tokens, k)) {
                planned = true;
            }
        }
        // a denial anywhere before: "The Kremlin denied that Putin and Trump spoke"
        for (int k = 0; k < t.start(); k++) {
            String l = tokens.get(k).lemmaOrText();
            if (Set.of("deny", "dismiss", "refute").contains(l)) {
                return MeetingStatus.REFUSED;
            }
        }
        return planned ? MeetingStatus.PLANNED : MeetingStatus.OCCURRED;
    }

    /** The subject of the main clause after a fronted phrase ending at or after {@code from}: the first person after
     * the next comma that does not follow a preposition. */
    private static List<PersonRef> mainClauseSubject(ArticleAnalysis a, int s, int from) {
        List<Token> tokens = a.tokens(s);
        int comma = -1;
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return List.of();
        }
        for (PersonRef r : a.refs(s)) {
            if (r.start() > comma) {
                int before = r.start() - 1;
                return before > comma && Clauses.preposition(tokens.get(before)) ? List.of() : List.of(r);
            }
        }
        return List.of();
    }

    private boolean futureInSentence(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.lower();
            if (Set.of("will", "shall", "'ll", "would").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "later on Friday", "later today", on the day of publication: the meeting is still ahead. */
    private static boolean laterToday(ArticleAnalysis a, int s, Optional<DateMention> date) {
        Optional<LocalDate> published = a.article().meta().published();
        if (date.isEmpty() || published.isEmpty() || !date.get().value().toLocalDate().equals(published)) {
            return false;
        }
        List<Token> tokens = a.tokens(s);
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).lower().equals("later")) {
                int at = tokens.get(k).span().end();
                if (date.get().span().begin() >= at && date.get().span().begin() - at <= 5) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "would discuss ... when he met X": a temporal clause depends on a main clause that looks ahead. */
    private boolean temporalUnderFuture(List<Token> tokens, int left) {
        if (left == 0 || !Set.of("when", "once", "until", "before", "after").contains(tokens.get(left - 1).lower())) {
            return false;
        }
        for (int k = Clauses.start(tokens, left - 1); k < left - 1; k++) {
            String w = tokens.get(k).lower();
            if (Set.of("will", "would", "shall", "'ll").contains(w) || isTo(tokens, k)
                    || w.equals("due") || w.equals("expected") || w.equals("scheduled")) {
                return true;
            }
        }
        return false;
    }

    /** "He previously met ...", "met last year", "two years ago": an earlier event than the article's. */
    private boolean earlierTime(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> words.contains("earlier-words", t.text()));
    }

    /** "is to meet", "are to hold": an infinitive after a form of "be" is a plan. */
    private static boolean isTo(List<Token> tokens, int k) {
        return tokens.get(k).lower().equals("to") && k > 0 && tokens.get(k - 1).lemmaOrText().equals("be");
    }

    private Optional<DateMention> date(ArticleAnalysis a, int s, Trigger t, int left, int right,
                                       int triggersInSentence) {
        // a meeting is dated to the day or not at all: "in July 2018" in the clause is usually another event's date
        List<DateMention> dates = a.dates(s).stream().filter(d -> d.value().day().isPresent()).toList();
        List<Token> tokens = a.tokens(s);
        int from = tokens.get(left).span().begin();
        int to = tokens.get(right - 1).span().end();
        List<DateMention> inClause = dates.stream()
                .filter(d -> d.span().begin() >= from && d.span().end() <= to)
                .filter(d -> !Clauses.reportDate(tokens, tokenAt(tokens, d)))
                .filter(d -> !inDateline(a, d.span()))
                .toList();
        int at = tokens.get(t.start()).span().begin();
        if (!inClause.isEmpty()) {
            return inClause.stream().min(Comparator.comparingInt(d -> Math.abs(d.span().begin() - at)));
        }
        if (dates.isEmpty()) {
            return previousSentenceDate(a, s);
        }
        return Optional.empty();
    }

    /**
     * The date of the article's lead: the first date to the day in its first two body sentences. News leads with
     * its main event ("King Abdullah on Sunday denounced ..."), and later sentences that tell more of that event
     * ("During a telephone call with Sisi, King Abdullah ...") seldom repeat the date.
     */
    private static Optional<DateMention> leadDate(ArticleAnalysis a) {
        int seen = 0;
        for (int s = 0; s < a.sentences().size() && seen < 2; s++) {
            if (a.block(s) != BlockKind.BODY) {
                continue;
            }
            seen++;
            List<Token> tokens = a.tokens(s);
            Optional<org.newsgraph.text.Span> dateline = Optional.ofNullable(a.dateline())
                    .map(org.newsgraph.text.Dateline::span);
            Optional<DateMention> d = a.dates(s).stream().filter(x -> x.value().day().isPresent())
                    .filter(x -> dateline.map(dl -> !dl.overlaps(x.span())).orElse(true))
                    .filter(x -> !Clauses.reportDate(tokens, tokenAt(tokens, x))).findFirst();
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** "MILAN, Aug 13 (Reuters) -": the dateline dates and places the report, not what it reports. */
    private static boolean inDateline(ArticleAnalysis a, Span span) {
        return a.dateline() != null && a.dateline().span().overlaps(span);
    }

    /** The index of the first token of a date mention in its sentence. */
    private static int tokenAt(List<Token> tokens, DateMention d) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).span().end() > d.span().begin()) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    /** The persons referred to in the lead's first two body sentences. */
    private static java.util.Set<String> leadPersons(ArticleAnalysis a) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int seen = 0;
        for (int s = 0; s < a.sentences().size() && seen < 2; s++) {
            if (a.block(s) == BlockKind.BODY) {
                seen++;
                a.refs(s).forEach(r -> out.addAll(r.persons()));
            }
        }
        return out;
    }

    /**
     * "Blinken's latest travels started on November 3, 2023 ... He started his trip in Tel Aviv where he met X":
     * a meeting sentence with no date continues the previous sentence of the same paragraph when that sentence
     * has exactly one full date.
     */
    private Optional<DateMention> previousSentenceDate(ArticleAnalysis a, int s) {
        if (s == 0 || a.block(s - 1) != a.block(s)) {
            return Optional.empty();
        }
        Span here = a.sentence(s).span();
        Span prev = a.sentence(s - 1).span();
        String between = a.text().substring(prev.end(), here.begin());
        if (between.contains("\n")) {
            return Optional.empty();
        }
        List<DateMention> full = a.dates(s - 1).stream().filter(d -> d.value().day().isPresent()).toList();
        if (full.size() != 1) {
            return Optional.empty();
        }
        // only the date of a journey carries over ("travels started on November 3"), not of a war or an attack
        List<Token> tokens = a.tokens(s - 1);
        int at = 0;
        while (at < tokens.size() && tokens.get(at).span().end() <= full.get(0).span().begin()) {
            at++;
        }
        int from = Clauses.start(tokens, Math.min(at, tokens.size() - 1));
        int to = Clauses.end(tokens, Math.min(at, tokens.size() - 1));
        for (int k = from; k < to; k++) {
            if (words.contains("travel-verbs", tokens.get(k).lemmaOrText()) || words.contains("trip-nouns", tokens.get(k).lower())) {
                return Optional.of(full.get(0));
            }
        }
        return Optional.empty();
    }

    private static boolean afterPublication(ArticleAnalysis a, DateMention d) {
        Optional<LocalDate> published = a.article().meta().published();
        Optional<LocalDate> when = d.value().toLocalDate();
        return published.isPresent() && when.isPresent() && when.get().isAfter(published.get());
    }

    /** The most specific place of the clause (city, then region, then country), or before "where". */
    private Optional<EntityMention> place(ArticleAnalysis a, int s, int left, int right, int trigger) {
        List<Token> tokens = a.tokens(s);
        List<EntityMention> places = new ArrayList<>();
        for (EntityMention e : a.entities(s)) {
            if (e.demonym() || e.entity().type() == EntityType.ORGANIZATION || inTitleSpan(a, s, e)
                    || afterName(a, s, e) || partOfWord(a, s, e) || supranational(e) || attributive(a, s, e)
                    || inDateline(a, e.mention().span())) {
                continue;
            }
            if (e.startToken() >= left && e.endToken() <= right) {
                places.add(e);
            }
        }
        if (places.isEmpty() && left > 0 && tokens.get(left - 1).lower().equals("where")) {
            for (EntityMention e : a.entities(s)) {
                if (!e.demonym() && e.entity().type() != EntityType.ORGANIZATION && e.endToken() < left
                        && !inTitleSpan(a, s, e)) {
                    places.add(e);
                }
            }
        }
        return places.stream().min(Comparator.comparingInt((EntityMention e) -> rank(e.entity().type()))
                .thenComparingInt(e -> Math.abs(e.startToken() - trigger)));
    }

    /**
     * "the two men met in Citta della Pieve": a capitalised name after "in" or "at" in the clause that is no known
     * place, body or person is a place the gazetteer lacks (a town, most often).
     */
    private Optional<EntityMention> unknownPlace(ArticleAnalysis a, int s, int from, int to) {
        List<Token> tokens = a.tokens(s);
        for (int k = Math.max(from, 0); k + 1 < Math.min(to, tokens.size()); k++) {
            if (!Set.of("in", "at").contains(tokens.get(k).lower()) || !tokens.get(k + 1).isCapitalized()) {
                continue;
            }
            int e = k + 1;
            while (e < tokens.size() && (tokens.get(e).isCapitalized() && tokens.get(e).pos().equals("PROPN")
                    || e + 1 < tokens.size() && Set.of("della", "del", "de", "di", "da", "la", "le", "sur", "upon")
                    .contains(tokens.get(e).lower()) && tokens.get(e + 1).isCapitalized())) {
                e++;
            }
            final int end = e;
            final int begin = k + 1;
            boolean known = a.refAt(s, begin).isPresent() || a.entities(s).stream()
                    .anyMatch(x -> x.startToken() < end && begin < x.endToken())
                    || a.titles(s).stream().anyMatch(t -> t.start() < end && begin < t.end())
                    || a.dates(s).stream().anyMatch(d -> d.span().overlaps(tokens.get(begin).span()));
            if (end == begin || known || end - begin > 4) {
                continue;
            }
            Span span = new Span(tokens.get(begin).span().begin(), tokens.get(end - 1).span().end());
            String label = span.of(a.text());
            org.newsgraph.mention.EntityRef ref = new org.newsgraph.mention.EntityRef(EntityType.CITY,
                    "place/" + org.newsgraph.rdf.IriScheme.slug(label), label);
            return Optional.of(new EntityMention(ref, new Mention(MentionKind.PLACE, span, s, label, ref.key()),
                    begin, end, false));
        }
        return Optional.empty();
    }

    /**
     * Where a sentence says someone travelled ("The U.S. secretary then traveled to Jordan to participate in the
     * ministerial meeting in Amman."): its most specific place, which a meeting in the next sentence inherits.
     */
    private Optional<EntityMention> travelDestination(ArticleAnalysis a, int s) {
        if (s < 0 || a.block(s) != BlockKind.BODY) {
            return Optional.empty();
        }
        boolean travel = a.tokens(s).stream().anyMatch(x -> x.pos().equals("VERB")
                && words.contains("travel-verbs", x.lemmaOrText()));
        if (!travel) {
            return Optional.empty();
        }
        return place(a, s, 0, a.tokens(s).size(), a.tokens(s).size());
    }

    private static int rank(EntityType t) {
        return switch (t) {
            case CITY -> 0;
            case REGION -> 1;
            case COUNTRY -> 2;
            case ORGANIZATION -> 3;
        };
    }

    /** "the Ukraine conflict", "the Gaza crisis": a place before a common noun modifies it. */
    private static boolean attributive(ArticleAnalysis a, int s, EntityMention e) {
        List<Token> tokens = a.tokens(s);
        return e.endToken() < tokens.size() && tokens.get(e.endToken()).pos().equals("NOUN")
                && !tokens.get(e.endToken()).isCapitalized();
    }

    /** "the Middle East", "Europe": a region of several countries is too vague to be where people met. */
    private static boolean supranational(EntityMention e) {
        return e.entity().type() == EntityType.REGION
                && Gazetteer.standard().entry(e.entity().key()).flatMap(GazetteerEntry::countryKey).isEmpty()
                && e.entity().key().startsWith("region/");
    }

    /** "the Israel-Hamas conflict": a place inside a hyphenated word modifies it; nothing happened there. */
    private static boolean partOfWord(ArticleAnalysis a, int s, EntityMention e) {
        Span tokens = new Span(a.tokens(s).get(e.startToken()).span().begin(),
                a.tokens(s).get(e.endToken() - 1).span().end());
        return !tokens.equals(e.mention().span());
    }

    /** "King Abdullah II of Jordan": a country that qualifies a name is not where anything happened. */
    private static boolean afterName(ArticleAnalysis a, int s, EntityMention e) {
        List<Token> tokens = a.tokens(s);
        int k = e.startToken() - 1;
        if (k >= 0 && tokens.get(k).lower().equals("the")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).lower().equals("of")) {
            return false;
        }
        int at = k - 1;
        return a.refs(s).stream().anyMatch(r -> r.end() - 1 == at);
    }

    private static boolean inTitleSpan(ArticleAnalysis a, int s, EntityMention e) {
        return a.titles(s).stream().anyMatch(t -> t.start() <= e.startToken() && e.endToken() <= t.end());
    }

    private static boolean inTitle(ArticleAnalysis a, int s, int k) {
        return a.titles(s).stream().anyMatch(t -> t.start() <= k && k < t.end());
    }

    private int nounAfter(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
            if (isNoun(tokens, k)) {
                return k;
            }
            String pos = tokens.get(k).pos();
            if (!Set.of("DET", "ADJ", "NUM", "PRON", "ADV").contains(pos) && !tokens.get(k).lower().equals("'s")) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isNoun(List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        if (k + 1 < tokens.size() && words.contains("nouns", w + " " + tokens.get(k + 1).lower())) {
            return true;
        }
        return words.contains("nouns", w) && !tokens.get(k).pos().equals("VERB");
    }

    private int nounEnd(List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && words.contains("nouns", tokens.get(k).lower() + " " + tokens.get(k + 1).lower())) {
            return k + 2;
        }
        return k + 1;
    }

    private static boolean entityStarts(ArticleAnalysis a, int s, int k) {
        return a.entities(s).stream().anyMatch(e -> e.startToken() == k);
    }

    private static int entityEnd(ArticleAnalysis a, int s, int k) {
        return a.entities(s).stream().filter(e -> e.startToken() == k).mapToInt(EntityMention::endToken).max()
                .orElse(k + 1);
    }

    private boolean lemmaIn(Token t, String list) {
        return words.contains(list, t.lemmaOrText());
    }

    private static boolean phrase(List<Token> tokens, int k, String first, String second) {
        return k + 1 < tokens.size() && tokens.get(k).lower().equals(first) && tokens.get(k + 1).lower().equals(second);
    }



    private static <T> List<T> concat(List<T> x, List<T> y) {
        List<T> out = new ArrayList<>(x);
        out.addAll(y);
        return out;
    }

    /**
     * A refusal in an article overrides its own reports that the same persons met on a compatible date: the
     * article that says "the Kremlin denied Putin and Trump spoke" is not also saying they spoke.
     */
    static List<MeetingFact> consolidate(List<MeetingFact> facts) {
        List<MeetingFact> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (MeetingFact f : facts) {
            String key = new java.util.TreeSet<>(f.participants()) + "|" + f.status() + "|" + f.evidence().sentence()
                    + "|" + f.date().map(d -> d.value().lexicalForm()).orElse("") + "|"
                    + f.place().map(p -> p.key()).orElse("");
            if (!seen.add(key)) {
                continue;
            }
            boolean denied = f.status() != MeetingStatus.REFUSED && facts.stream().anyMatch(g ->
                    g.status() == MeetingStatus.REFUSED && Set.copyOf(g.participants()).equals(Set.copyOf(f.participants()))
                            && (g.date().isEmpty() || f.date().isEmpty()
                            || g.date().get().value().equals(f.date().get().value())));
            out.add(denied ? new MeetingFact(f.participants(), MeetingStatus.REFUSED, f.kind(), f.date(), f.place(),
                    f.evidence()) : f);
        }
        return out;
    }
}
