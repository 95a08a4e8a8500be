package org.newsgraph.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.lexicon.EntryCategory;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerEntry;
import org.newsgraph.mention.EntityMention;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionKind;
import org.newsgraph.mention.TitleFinder;
import org.newsgraph.mention.TitleMention;
import org.newsgraph.nlp.Token;

/**
 * Finds who holds which role, from titles next to names:
 * <ul>
 *   <li>title before the name: "Turkish Foreign Minister Hakan Fidan", "Prime Minister, Dr. Abiy Ahmed";</li>
 *   <li>title after the name, in apposition: "Lula, Brazil's president,", "Warren Christopher, the United States
 *       Secretary of State,"; or after a copula: "X, who has been elected South Korea's next president";</li>
 *   <li>coordinated titles share the name and the country: "Qatari Prime Minister and Minister of Foreign Affairs
 *       Mohammed ..."; coordinated title-name pairs share a country the later one lacks: "King Abdullah II of
 *       Jordan and Crown Prince Al Hussein";</li>
 *   <li>"his Chinese counterpart Wei Fenghe": the role of the subject, for China.</li>
 * </ul>
 * Of a chain of titles before one name ("State Minister Ambassador Redwan Hussein") the first is the office.
 * Within the article, a role without a country gives way to the same role with one, and a role contained in a
 * longer one of the same person ("Secretary" in "Secretary of State") gives way to it. Stateless, thread-safe.
 */
public final class PositionExtractor {
    private static final Pattern COPULA = Pattern.compile(
            "(?:, )?(?:who |which )?(?:is |was |has been |had been |became |becomes |remains |will be )?"
                    + "(?:elected |named |appointed |sworn in as |now |currently |also )?(?:as )?(?:the |a |an )?");

    private final TitleFinder titleFinder;

    public PositionExtractor(TitleFinder titleFinder) {
        this.titleFinder = titleFinder;
    }

    public List<PositionFact> extract(ArticleAnalysis a) {
        List<PositionFact> raw = new ArrayList<>();
        for (int s = 0; s < a.sentences().size(); s++) {
            raw.addAll(sentencePositions(a, s));
        }
        for (int s = 0; s < a.sentences().size(); s++) {
            raw.addAll(counterparts(a, s, raw));
        }
        return consolidate(raw);
    }

    /** National offices whose country the context can supply: heads of state and government, ministers. */
    private static final Pattern NATIONAL = Pattern.compile(
            "(?i).*\\b(president|prime minister|premier|chancellor|king|queen|crown prince|emir|sultan|minister|"
                    + "chief of defence forces|chief of general staff|negotiator|premier)\\b.*");

    /**
     * Completes national offices the text gives no country for ("President Uhuru Kenyatta"), from context:
     * <ol>
     *   <li>the country of the place of a meeting the person took part in ("met President Isaac Herzog in Tel
     *       Aviv": Israel), unless another participant holds that role for that country;</li>
     *   <li>else the article's country, when one country clearly dominates it (at least three mentions and
     *       twice as many as any other), unless someone in the article holds that role for it already.</li>
     * </ol>
     * Otherwise the office stays without a country: a missing country beats a wrong one.
     */
    public List<PositionFact> withContext(ArticleAnalysis a, List<PositionFact> positions, List<MeetingFact> meetings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int s = 0; s < a.sentences().size(); s++) {
            if (a.block(s) == org.newsgraph.text.BlockKind.CAPTION) {
                continue;   // a photo may show another time and place ("at a past event in Dar es Salaam")
            }
            for (EntityMention e : a.entities(s)) {
                Optional<String> c = countryOf(e.entity());
                if (c.isEmpty() || e.entity().type() != EntityType.COUNTRY && e.entity().type() != EntityType.CITY) {
                    continue;
                }
                // a dateline names where the report comes from: it weighs as much as two mentions
                boolean dateline = a.article().text().isEmpty() ? false
                        : datelineSpan(a).filter(d -> d.contains(e.mention().span())).isPresent();
                counts.merge(c.get(), dateline ? 3 : e.entity().type() == EntityType.COUNTRY ? 1 : 0, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue())).toList();
        Optional<String> dominant = Optional.empty();
        if (!ranked.isEmpty() && ranked.get(0).getValue() >= 3
                && (ranked.size() == 1 || ranked.get(0).getValue() >= 2 * ranked.get(1).getValue())) {
            dominant = Optional.of(ranked.get(0).getKey());
        }
        List<PositionFact> out = new ArrayList<>();
        for (PositionFact p : positions) {
            if (p.of().isPresent() || p.former() || !NATIONAL.matcher(p.role()).matches()) {
                out.add(p);
                continue;
            }
            // a person meets or calls the other side: never give them a counterpart's country
            java.util.Set<String> counterparts = new java.util.HashSet<>();
            for (MeetingFact m : meetings) {
                if (m.participants().contains(p.person())) {
                    for (PositionFact q : positions) {
                        if (!q.person().equals(p.person()) && m.participants().contains(q.person())) {
                            q.of().flatMap(PositionExtractor::countryOf).ifPresent(counterparts::add);
                        }
                    }
                }
            }
            Optional<String> country = Optional.empty();
            for (MeetingFact m : meetings) {
                // a call has no shared place: the callers are each at home
                if (!m.participants().contains(p.person()) || m.place().isEmpty() || m.kind() == MeetingKind.CALL) {
                    continue;
                }
                Optional<String> c = countryOf(m.place().get());
                boolean taken = c.isPresent() && positions.stream().anyMatch(q -> q != p
                        && m.participants().contains(q.person()) && q.of().flatMap(o -> countryOf(o))
                        .equals(c) && q.role().equalsIgnoreCase(p.role()));
                if (c.isPresent() && !taken && !counterparts.contains(c.get())) {
                    country = c;
                    break;
                }
            }
            if (country.isEmpty() && dominant.isPresent()) {
                String d = dominant.get();
                boolean taken = positions.stream().anyMatch(q -> q != p && !q.former()
                        && q.role().equalsIgnoreCase(p.role()) && q.of().flatMap(o -> countryOf(o))
                        .equals(Optional.of(d)));
                country = taken || counterparts.contains(d) ? Optional.empty() : dominant;
            }
            out.add(country.flatMap(PositionExtractor::countryRef)
                    .map(c -> new PositionFact(p.person(), p.role(), Optional.of(c), false, p.evidence()))
                    .orElse(p));
        }
        return out;
    }

    private static Optional<org.newsgraph.text.Span> datelineSpan(ArticleAnalysis a) {
        return Optional.ofNullable(a.dateline()).flatMap(org.newsgraph.text.Dateline::place);
    }

    /**
     * A description that names a country and refers to one person ("Serbian president says ...", "the Saudi Crown
     * Prince", "Japan Prime Minister Speaks With ...") gives that person's office of that role its country, when
     * nothing else did.
     */
    public List<PositionFact> withDescriptions(ArticleAnalysis a, List<PositionFact> positions) {
        List<PositionFact> out = new ArrayList<>(positions);
        for (int s = 0; s < a.sentences().size(); s++) {
            for (TitleMention t : a.titles(s)) {
                Optional<EntityRef> country = t.of().flatMap(o -> countryOf(o.entity()))
                        .flatMap(PositionExtractor::countryRef);
                if (country.isEmpty()) {
                    continue;
                }
                Optional<PersonRef> ref = a.refs(s).stream().filter(r -> r.kind() == PersonRef.Kind.DESCRIPTION
                        && r.start() <= t.roleStart() && t.end() <= r.end() && r.persons().size() == 1).findFirst();
                if (ref.isEmpty()) {
                    continue;
                }
                String who = ref.get().persons().get(0);
                for (int i = 0; i < out.size(); i++) {
                    PositionFact p = out.get(i);
                    if (p.person().equals(who) && p.of().isEmpty() && !p.former()
                            && ReferenceResolver.roleFits(t.role().toLowerCase(Locale.ROOT), p.role().toLowerCase(Locale.ROOT))) {
                        out.set(i, new PositionFact(p.person(), p.role(), country, false, p.evidence()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A headline that names someone only by a national office ("Serbian president says talks with Cheney were
     * good") speaks of the lead's person when the article gives that person no office and nobody else that role:
     * the lead's first person takes the role, with the headline's country.
     */
    public List<PositionFact> withHeadlineRoles(ArticleAnalysis a, List<PositionFact> positions) {
        Optional<String> first = Optional.empty();
        for (int s = 0; s < a.sentences().size() && first.isEmpty(); s++) {
            if (a.block(s) == org.newsgraph.text.BlockKind.BODY) {
                first = a.refs(s).stream().filter(r -> r.kind() == PersonRef.Kind.NAME && r.persons().size() == 1)
                        .findFirst().map(r -> r.persons().get(0));
            }
        }
        Optional<String> lead = first;
        if (lead.isEmpty() || positions.stream().anyMatch(p -> p.person().equals(lead.get()))) {
            return positions;
        }
        List<PositionFact> out = new ArrayList<>(positions);
        for (int s = 0; s < a.sentences().size(); s++) {
            if (a.block(s) != org.newsgraph.text.BlockKind.HEADLINE) {
                continue;
            }
            for (TitleMention t : a.titles(s)) {
                boolean named = a.refs(s).stream().anyMatch(r -> r.start() >= t.end() && r.start() <= t.end() + 1);
                boolean taken = positions.stream().anyMatch(p -> p.role().equalsIgnoreCase(t.role()));
                if (named || taken || t.former() || !NATIONAL.matcher(t.role()).matches()) {
                    continue;
                }
                Optional<EntityRef> country = t.of().flatMap(o -> countryOf(o.entity()))
                        .flatMap(PositionExtractor::countryRef);
                List<Mention> ev = List.of(new Mention(MentionKind.TITLE, t.span(), s, t.span().of(a.text()),
                        t.role()));
                out.add(new PositionFact(lead.get(), t.role(), country, false, new Evidence(s, ev)));
                return out;
            }
        }
        return out;
    }

    /** The country key of a country, or of the country a city, region or national body belongs to. */
    static Optional<String> countryOf(EntityRef e) {
        if (e.type() == EntityType.COUNTRY) {
            return Optional.of(e.key());
        }
        return Gazetteer.standard().entry(e.key()).flatMap(GazetteerEntry::countryKey);
    }

    private static Optional<EntityRef> countryRef(String key) {
        return Gazetteer.standard().entry(key).map(GazetteerEntry::ref);
    }

    private List<PositionFact> sentencePositions(ArticleAnalysis a, int s) {
        List<Token> tokens = a.tokens(s);
        List<TitleMention> titles = a.titles(s);
        List<PersonRef> names = a.refs(s).stream().filter(r -> r.kind() == PersonRef.Kind.NAME).toList();
        List<PositionFact> out = new ArrayList<>();
        Optional<EntityMention> previousOf = Optional.empty();
        int previousEnd = -1;
        for (int ti = 0; ti < titles.size(); ti++) {
            TitleMention t = titles.get(ti);
            Optional<PersonRef> after = nameAfter(tokens, t.end(), names);
            // a chain "T1 T2 NAME" or "T1 and T2 NAME": find the name after the last title of the chain
            int k = ti;
            boolean coordinated = false;
            while (after.isEmpty() && k + 1 < titles.size()) {
                TitleMention next = titles.get(k + 1);
                boolean adjacent = next.start() == titles.get(k).end();
                // "the Secretary and Foreign Minister Fidan" names two people; "Qatari Prime Minister and
                // Minister of Foreign Affairs X" one: a bare "the TITLE" before "and" is a description
                boolean and = next.start() == titles.get(k).end() + 1
                        && (tokens.get(titles.get(k).end())).lower().equals("and")
                        && !(titles.get(k).of().isEmpty() && titles.get(k).start() > 0
                        && (tokens.get(titles.get(k).start() - 1)).lower().equals("the"));
                if (!adjacent && !and) {
                    break;
                }
                coordinated |= and;
                k++;
                after = nameAfter(tokens, titles.get(k).end(), names);
            }
            if (k > ti && !coordinated) {
                // a chain: the first title is the office, the rest are forms of address
                if (after.isPresent()) {
                    fact(a, s, t, after.get(), t.of()).ifPresent(out::add);
                    previousOf = t.of().isPresent() ? t.of() : previousOf;
                    previousEnd = after.get().end();
                }
                ti = k;
                continue;
            }
            Optional<EntityMention> of = t.of();
            if (after.isPresent()) {
                // "King Abdullah II of Jordan": the body after the name
                Optional<EntityMention> ofAfter = ofAfterName(a, s, after.get());
                if (of.isEmpty()) {
                    of = ofAfter;
                }
                // coordinated title-name pairs: "King Abdullah II of Jordan and Crown Prince Al Hussein"
                Optional<EntityRef> inherited = Optional.empty();
                if (of.isEmpty() && previousOf.isPresent() && previousEnd >= 0 && t.start() >= previousEnd
                        && t.start() - previousEnd <= 2 && onlyJoiners(tokens, previousEnd, t.start())) {
                    // "King Abdullah II of Jordan and Crown Prince Al Hussein": the country carries over; of a
                    // body ("Israel's War Cabinet member X and President Y"), the body's country does
                    inherited = countryOf(previousOf.get().entity()).flatMap(PositionExtractor::countryRef);
                }
                if (inherited.isPresent()) {
                    out.add(factWithBody(a, s, t, after.get(), inherited.get()));
                } else {
                    fact(a, s, t, after.get(), of).ifPresent(out::add);
                }
                if (coordinated) {
                    for (int c = ti + 1; c <= k; c++) {
                        TitleMention tc = titles.get(c);
                        fact(a, s, tc, after.get(), tc.of().isPresent() ? tc.of() : of).ifPresent(out::add);
                    }
                    ti = k;
                }
                previousOf = of.isPresent() ? of : previousOf;
                previousEnd = ofAfter.map(EntityMention::endToken).orElse(after.get().end());
                continue;
            }
            Optional<PersonRef> before = nameBefore(tokens, t, names);
            if (before.isPresent()) {
                fact(a, s, t, before.get(), of).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether tokens {@code [from, to)} join list items: "and" or ", and" (a comma alone may as well end a fronted
     * phrase: "During a call with Egyptian President Sisi, King Abdullah ...").
     */
    private static boolean onlyJoiners(List<Token> tokens, int from, int to) {
        boolean and = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("and")) {
                and = true;
            } else if (!w.equals(",")) {
                return false;
            }
        }
        return and;
    }

    /** "of Jordan" right after a name. */
    private static Optional<EntityMention> ofAfterName(ArticleAnalysis a, int s, PersonRef r) {
        List<Token> tokens = a.tokens(s);
        int k = r.end();
        if (k >= tokens.size() || !tokens.get(k).lower().equals("of")) {
            return Optional.empty();
        }
        int at = k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("the") ? k + 2 : k + 1;
        return a.entities(s).stream().filter(e -> e.startToken() == at && !e.demonym()).findFirst();
    }

    /** A name right after token {@code end}: directly, after honorifics, or after a comma (", Dr. Abiy Ahmed,"). */
    private Optional<PersonRef> nameAfter(List<Token> tokens, int end, List<PersonRef> names) {
        int k = end;
        if (k < tokens.size() && tokens.get(k).text().equals(",")) {
            k++;
        }
        int first = k;
        while (k < tokens.size()) {
            Optional<Integer> h = titleFinder.honorificEnd(tokens, k);
            if (h.isEmpty()) {
                break;
            }
            k = h.get();
        }
        int at = k;
        return names.stream().filter(r -> r.start() == first || r.start() == at).findFirst();
    }

    /** "NAME, [the] TITLE" or "NAME, who has been elected TITLE", the title not itself followed by a name. */
    private Optional<PersonRef> nameBefore(List<Token> tokens, TitleMention t, List<PersonRef> names) {
        for (PersonRef r : names) {
            if (r.end() >= t.start() || t.start() - r.end() > 7) {
                continue;
            }
            StringBuilder between = new StringBuilder();
            for (int k = r.end(); k < t.start(); k++) {
                between.append(tokens.get(k).text().toLowerCase(Locale.ROOT)).append(' ');
            }
            String b = between.toString().replace(" ,", ",");
            if (b.isEmpty() || !b.startsWith(",") && !b.startsWith("is ") && !b.startsWith("was ")) {
                continue;
            }
            if (!COPULA.matcher(b).matches()) {
                continue;
            }
            // the apposition must close: a comma, a full stop, a bracket or the end after the title
            int e = t.end();
            if (e < tokens.size() && !Set.of(",", ".", ")", ";", "and", "who").contains(tokens.get(e).text())) {
                continue;
            }
            return Optional.of(r);
        }
        return Optional.empty();
    }

    /** "his Chinese counterpart General Wei Fenghe": the subject's role, for the demonym's country. */
    private List<PositionFact> counterparts(ArticleAnalysis a, int s, List<PositionFact> known) {
        List<Token> tokens = a.tokens(s);
        List<PositionFact> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).lower().startsWith("counterpart")) {
                continue;
            }
            final int at = i;
            Optional<EntityMention> country = a.entities(s).stream()
                    .filter(e -> e.endToken() == at && e.entity().type() == EntityType.COUNTRY).findFirst();
            List<PersonRef> names = a.refs(s).stream().filter(r -> r.kind() == PersonRef.Kind.NAME).toList();
            Optional<PersonRef> named = nameAfter(tokens, i + 1, names);
            Optional<PersonRef> possessor = a.refs(s).stream().filter(r -> r.end() <= at).findFirst();
            if (named.isEmpty() || possessor.isEmpty() || possessor.get().persons().size() != 1 || country.isEmpty()) {
                continue;
            }
            String owner = possessor.get().persons().get(0);
            Optional<PositionFact> role = known.stream().filter(p -> p.person().equals(owner)).findFirst();
            if (role.isEmpty() || named.get().persons().size() != 1) {
                continue;
            }
            EntityMention c = country.get();
            int from = c.startToken();
            List<Mention> ev = List.of(
                    new Mention(MentionKind.TITLE, span(tokens, from, i + 1), s, text(a, tokens, from, i + 1),
                            role.get().role()),
                    personMention(a, named.get()),
                    c.mention());
            out.add(new PositionFact(named.get().persons().get(0), role.get().role(), Optional.of(c.entity()), false,
                    new Evidence(s, ev)));
        }
        return out;
    }

    private static Optional<PositionFact> fact(ArticleAnalysis a, int s, TitleMention t, PersonRef r,
                                               Optional<EntityMention> ofMention) {
        Optional<EntityMention> of = ofMention;
        List<Mention> ev = new ArrayList<>();
        ev.add(new Mention(MentionKind.TITLE, t.span(), s, t.span().of(a.text()), t.role()));
        ev.add(personMention(a, r));
        // "the Tanzanian leader X" describes; "leader of the SPD" holds an office of a body
        if (t.role().equals("Leader") && (of.isEmpty() || of.get().demonym()
                || of.get().entity().type() == EntityType.COUNTRY)) {
            return Optional.empty();
        }
        // "Social Democrat premier X": a party names the person's party, not what the office is of
        if (of.isPresent() && NATIONAL.matcher(t.role()).matches() && Gazetteer.standard()
                .entry(of.get().entity().key()).map(e -> e.category() == EntryCategory.PARTY).orElse(false)) {
            of = Optional.empty();
        }
        of.ifPresent(o -> ev.add(o.mention()));
        Optional<EntityRef> body = of.map(EntityMention::entity).or(t::defaultOf);
        return Optional.of(new PositionFact(r.persons().get(0), t.role(), body, t.former(), new Evidence(s, ev)));
    }

    private static PositionFact factWithBody(ArticleAnalysis a, int s, TitleMention t, PersonRef r, EntityRef body) {
        List<Mention> ev = new ArrayList<>();
        ev.add(new Mention(MentionKind.TITLE, t.span(), s, t.span().of(a.text()), t.role()));
        ev.add(personMention(a, r));
        return new PositionFact(r.persons().get(0), t.role(), Optional.of(body), t.former(), new Evidence(s, ev));
    }

    private static Mention personMention(ArticleAnalysis a, PersonRef r) {
        return new Mention(MentionKind.PERSON, r.span(), r.sentence(), r.span().of(a.text()), r.persons().get(0));
    }

    /**
     * One position per person, role and body; a role without a body yields to the same role with one, and a role
     * contained in a longer role of the same person yields to it.
     */
    /** One-word roles that, without a body, are only a form of address for someone's fuller office. */
    private static final Set<String> GENERIC = Set.of("minister", "secretary", "president", "leader", "director",
            "chairman", "chief", "head", "commissioner", "ambassador", "envoy", "governor", "spokesman", "king",
            "queen", "prince", "premier", "chancellor");

    static List<PositionFact> consolidate(List<PositionFact> raw) {
        Map<String, PositionFact> byKey = new LinkedHashMap<>();
        for (PositionFact p : raw) {
            String key = p.person() + "|" + p.role().toLowerCase(Locale.ROOT) + "|"
                    + p.of().map(EntityRef::key).orElse("");
            byKey.putIfAbsent(key, p);
        }
        List<PositionFact> all = new ArrayList<>(byKey.values());
        List<PositionFact> out = new ArrayList<>();
        for (PositionFact p : all) {
            boolean subsumed = all.stream().anyMatch(q -> q != p && q.person().equals(p.person())
                    && (subsumes(q, p) || p.of().isEmpty() && q.of().isPresent() && !p.former()
                    && GENERIC.contains(p.role().toLowerCase(Locale.ROOT))));
            if (!subsumed) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether q says everything p says: same or longer role, and p's body (if any) is q's. */
    private static boolean subsumes(PositionFact q, PositionFact p) {
        String pr = p.role().toLowerCase(Locale.ROOT);
        String qr = q.role().toLowerCase(Locale.ROOT);
        boolean roleCovered = qr.equals(pr) || Pattern.compile("\\b" + Pattern.quote(pr) + "\\b").matcher(qr).find();
        if (!roleCovered || p.former() != q.former() && !p.former()) {
            return false;
        }
        if (p.of().isEmpty()) {
            return q.of().isPresent() || !qr.equals(pr);
        }
        return q.of().isPresent() && q.of().get().key().equals(p.of().get().key()) && !qr.equals(pr);
    }

    private static org.newsgraph.text.Span span(List<Token> tokens, int from, int to) {
        return new org.newsgraph.text.Span(tokens.get(from).span().begin(), tokens.get(to - 1).span().end());
    }

    private static String text(ArticleAnalysis a, List<Token> tokens, int from, int to) {
        return span(tokens, from, to).of(a.text());
    }

}
