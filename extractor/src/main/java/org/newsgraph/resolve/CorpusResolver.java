package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.Fact;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.fact.PositionFact;
import org.newsgraph.fact.StanceFact;
import org.newsgraph.lexicon.GazetteerEntry;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.EntityType;
import org.newsgraph.rdf.IriScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolution across a whole corpus: persons ({@link PersonResolver}), countries, places and organisations (one per
 * {@code EntityRef} key, labelled from the gazetteer or the articles), roles, posts and tenures, meetings
 * ({@link MeetingResolver}), stances and topics, outlets. A pure function of the corpus: the same extractions in any
 * order give an equal {@link Resolution}. A fact that names a person the article does not list, or a meeting left
 * with fewer than two distinct persons, is skipped with a warning; it never stops the corpus. Immutable and
 * thread-safe.
 *
 * <p>Posts: a position claim that names no country or body is put in the person's post of the same role when the
 * other claims about that person and role name exactly one; else it is a post of the role alone. Tenures: one per
 * person and post; dated by the reference dates of the articles that report them as held.
 */
public final class CorpusResolver {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusResolver.class);

    private final PlaceLookup places;

    public CorpusResolver(PlaceLookup places) {
        this.places = places;
    }

    public Resolution resolve(List<Extraction> unsorted) {
        List<Extraction> corpus = new ArrayList<>(unsorted);
        corpus.sort(Comparator.comparing(x -> x.article().id()));
        for (int i = 1; i < corpus.size(); i++) {
            if (corpus.get(i).article().id().equals(corpus.get(i - 1).article().id())) {
                throw new IllegalArgumentException("article id " + corpus.get(i).article().id()
                        + " appears twice in the corpus");
            }
        }
        Map<String, Optional<LocalDate>> referenceDates = new HashMap<>();
        corpus.forEach(x -> referenceDates.put(x.article().id(), ReferenceDates.of(x)));

        Map<String, String> outletOf = new HashMap<>();
        Map<String, Map<String, Set<String>>> outletNames = new TreeMap<>();
        for (Extraction x : corpus) {
            x.article().meta().source().filter(s -> !s.isBlank()).ifPresent(s -> {
                String key = slugOrNull(s);
                if (key != null) {
                    outletOf.put(x.article().id(), key);
                    outletNames.computeIfAbsent(key, k -> new TreeMap<>())
                            .computeIfAbsent(s.strip(), k -> new TreeSet<>()).add(x.article().id());
                }
            });
        }
        Map<String, String> outletLabels = new TreeMap<>();
        outletNames.forEach((k, names) -> outletLabels.put(k, mostCommon(names)));

        Map<String, ResolvedEntity> entities = entities(corpus);
        PersonResolver.Result persons = new PersonResolver(ref -> Optional.ofNullable(entities.get(ref.key()))
                .flatMap(ResolvedEntity::country)).resolve(corpus);

        List<Report<PositionFact>> positions = new ArrayList<>();
        List<MeetingResolver.Input> meetings = new ArrayList<>();
        List<Report<StanceFact>> stances = new ArrayList<>();
        for (Extraction x : corpus) {
            String id = x.article().id();
            String source = outletOf.getOrDefault(id, "article:" + id);
            for (int i = 0; i < x.facts().size(); i++) {
                Fact f = x.facts().get(i);
                switch (f) {
                    case PositionFact p -> {
                        if (known(persons, id, p.person(), f)) {
                            positions.add(new Report<>(id, i, p, referenceDates.get(id), source,
                                    Confidence.ofClaim(p)));
                        }
                    }
                    case MeetingFact m -> {
                        SortedSet<String> who = new TreeSet<>();
                        for (String local : m.participants()) {
                            if (known(persons, id, local, f)) {
                                who.add(persons.keys().get(new ArticlePerson(id, local)));
                            }
                        }
                        if (who.size() < 2) {
                            LOG.warn("article {}, sentence {}: meeting skipped, fewer than two distinct persons",
                                    id, f.evidence().sentence());
                        } else {
                            meetings.add(new MeetingResolver.Input(new Report<>(id, i, m, referenceDates.get(id),
                                    source, Confidence.ofClaim(m)), who));
                        }
                    }
                    case StanceFact s -> {
                        if (known(persons, id, s.holder(), f)) {
                            stances.add(new Report<>(id, i, s, referenceDates.get(id), source,
                                    Confidence.ofClaim(s)));
                        }
                    }
                }
            }
        }

        meetings = ArticleYears.complete(meetings, referenceDates);

        Map<String, String> roleLabels = new TreeMap<>();
        Map<String, ResolvedPost> posts = new TreeMap<>();
        Map<String, ResolvedTenure> tenures = tenures(positions, persons.keys(), roleLabels, posts);
        Map<String, ResolvedMeeting> resolvedMeetings = new TreeMap<>();
        new MeetingResolver(entities).resolve(meetings).forEach(m -> resolvedMeetings.put(m.key(), m));
        Map<String, String> topicLabels = new TreeMap<>();
        Map<String, ResolvedStance> resolvedStances = stances(stances, persons.keys(), topicLabels);

        return new Resolution(persons.keys(), new TreeMap<>(persons.persons()), new TreeMap<>(entities),
                new TreeMap<>(roleLabels), new TreeMap<>(posts), new TreeMap<>(tenures),
                new TreeMap<>(resolvedMeetings), new TreeMap<>(resolvedStances), new TreeMap<>(topicLabels),
                new TreeMap<>(outletLabels), referenceDates);
    }

    private static boolean known(PersonResolver.Result persons, String articleId, String localId, Fact f) {
        if (persons.keys().containsKey(new ArticlePerson(articleId, localId))) {
            return true;
        }
        LOG.warn("article {}, sentence {}: {} names person {} whom the article does not list; skipped",
                articleId, f.evidence().sentence(), f.getClass().getSimpleName(), localId);
        return false;
    }

    /** Every country, place and organisation the corpus names, plus the countries those lie in. */
    private Map<String, ResolvedEntity> entities(List<Extraction> corpus) {
        Map<String, Map<String, Set<String>>> labels = new TreeMap<>();
        Map<String, Map<EntityType, Integer>> types = new HashMap<>();
        for (Extraction x : corpus) {
            List<EntityRef> refs = new ArrayList<>(x.entities());
            for (Fact f : x.facts()) {
                switch (f) {
                    case PositionFact p -> p.of().ifPresent(refs::add);
                    case MeetingFact m -> m.place().ifPresent(refs::add);
                    case StanceFact s -> {
                    }
                }
            }
            for (EntityRef r : refs) {
                Map<String, Set<String>> forKey = labels.computeIfAbsent(r.key(), k -> new TreeMap<>());
                if (!r.label().isBlank()) {
                    forKey.computeIfAbsent(r.label().strip(), k -> new TreeSet<>()).add(x.article().id());
                }
                types.computeIfAbsent(r.key(), k -> new TreeMap<>()).merge(r.type(), 1, Integer::sum);
            }
        }
        Map<String, ResolvedEntity> entities = new TreeMap<>();
        for (Map.Entry<String, Map<String, Set<String>>> e : labels.entrySet()) {
            String key = e.getKey();
            Optional<GazetteerEntry> g = places.entry(key);
            EntityType type = g.map(GazetteerEntry::type).orElseGet(() -> types.get(key).entrySet().stream()
                    .max(Map.Entry.<EntityType, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey());
            String label = g.map(GazetteerEntry::label).filter(l -> !l.isBlank()).orElseGet(() -> e.getValue().isEmpty()
                    ? key.substring(key.indexOf('/') + 1) : mostCommon(e.getValue()));
            entities.put(key, new ResolvedEntity(key, type, label, g.flatMap(GazetteerEntry::isoCode),
                    g.flatMap(GazetteerEntry::countryKey).filter(c -> !c.equals(key))));
        }
        // the countries that cities, regions and bodies lie in, when only the gazetteer names them
        for (ResolvedEntity e : List.copyOf(entities.values())) {
            e.countryKey().filter(c -> !entities.containsKey(c)).flatMap(places::entry)
                    .filter(c -> c.type() == EntityType.COUNTRY && !c.label().isBlank())
                    .ifPresent(c -> entities.put(c.key(), new ResolvedEntity(c.key(), c.type(), c.label(),
                            c.isoCode(), Optional.empty())));
        }
        // a link to a country the graph cannot label is dropped, so every node keeps a label
        entities.replaceAll((k, e) -> e.countryKey().isPresent() && !entities.containsKey(e.countryKey().get())
                ? new ResolvedEntity(e.key(), e.type(), e.label(), e.isoCode(), Optional.empty()) : e);
        return entities;
    }

    private static Map<String, ResolvedTenure> tenures(List<Report<PositionFact>> reports,
                                                       Map<ArticlePerson, String> personKeys,
                                                       Map<String, String> roleLabels,
                                                       Map<String, ResolvedPost> posts) {
        Map<String, Map<String, Set<String>>> roleNames = new TreeMap<>();
        Map<String, Set<String>> orgsByPersonRole = new HashMap<>();
        List<Report<PositionFact>> usable = new ArrayList<>();
        for (Report<PositionFact> r : reports) {
            String role = slugOrNull(r.fact().role());
            if (role == null) {
                LOG.warn("article {}, sentence {}: role \"{}\" has no letters; position skipped",
                        r.articleId(), r.sentence(), r.fact().role());
                continue;
            }
            usable.add(r);
            roleNames.computeIfAbsent(role, k -> new TreeMap<>())
                    .computeIfAbsent(r.fact().role().strip(), k -> new TreeSet<>()).add(r.articleId());
            String person = personKeys.get(new ArticlePerson(r.articleId(), r.fact().person()));
            r.fact().of().ifPresent(of -> orgsByPersonRole.computeIfAbsent(person + " " + role,
                    k -> new TreeSet<>()).add(of.key()));
        }
        roleNames.forEach((k, names) -> roleLabels.put(k, mostCommon(names)));

        Map<String, List<Report<PositionFact>>> byTenure = new TreeMap<>();
        Map<String, String[]> tenureParts = new HashMap<>();
        for (Report<PositionFact> r : usable) {
            String role = IriScheme.slug(r.fact().role());
            String person = personKeys.get(new ArticlePerson(r.articleId(), r.fact().person()));
            Set<String> known = orgsByPersonRole.getOrDefault(person + " " + role, Set.of());
            Optional<String> org = r.fact().of().map(EntityRef::key)
                    .or(() -> known.size() == 1 ? Optional.of(known.iterator().next()) : Optional.empty());
            String postKey = org.map(o -> IriScheme.compoundSlug(role, o)).orElse(role);
            posts.putIfAbsent(postKey, new ResolvedPost(postKey, role, org));
            String key = IriScheme.compoundSlug(person, postKey);
            byTenure.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            tenureParts.put(key, new String[] {person, postKey});
        }
        Map<String, ResolvedTenure> tenures = new TreeMap<>();
        for (Map.Entry<String, List<Report<PositionFact>>> e : byTenure.entrySet()) {
            List<Report<PositionFact>> rs = e.getValue();
            List<Report<PositionFact>> held = rs.stream().filter(r -> !r.fact().former()).toList();
            List<Report<PositionFact>> former = rs.stream().filter(r -> r.fact().former()).toList();
            Optional<LocalDate> first = held.stream().flatMap(r -> r.observedOn().stream()).min(LocalDate::compareTo);
            Optional<LocalDate> last = held.stream().flatMap(r -> r.observedOn().stream()).max(LocalDate::compareTo);
            String[] parts = tenureParts.get(e.getKey());
            tenures.put(e.getKey(), new ResolvedTenure(e.getKey(), parts[0], posts.get(parts[1]), rs,
                    current(held, former, last), first, last, Confidence.ofFact(rs)));
        }
        return tenures;
    }

    /** See the ontology's ng:current. */
    private static boolean current(List<Report<PositionFact>> held, List<Report<PositionFact>> former,
                                   Optional<LocalDate> lastHeld) {
        if (held.isEmpty()) {
            return false;
        }
        if (former.isEmpty()) {
            return true;
        }
        Optional<LocalDate> lastFormer = former.stream().flatMap(r -> r.observedOn().stream()).max(LocalDate::compareTo);
        if (lastHeld.isPresent() && lastFormer.isPresent()) {
            return lastHeld.get().isAfter(lastFormer.get());
        }
        return articles(held) > articles(former);
    }

    private static long articles(List<? extends Report<?>> reports) {
        return reports.stream().map(Report::articleId).distinct().count();
    }

    private static Map<String, ResolvedStance> stances(List<Report<StanceFact>> reports,
                                                       Map<ArticlePerson, String> personKeys,
                                                       Map<String, String> topicLabels) {
        Map<String, Map<String, Set<String>>> topicNames = new TreeMap<>();
        Map<String, List<Report<StanceFact>>> byKey = new TreeMap<>();
        Map<String, String[]> parts = new HashMap<>();
        for (Report<StanceFact> r : reports) {
            String topic = slugOrNull(r.fact().topic());
            if (topic == null) {
                LOG.warn("article {}, sentence {}: topic \"{}\" has no letters; stance skipped",
                        r.articleId(), r.sentence(), r.fact().topic());
                continue;
            }
            topicNames.computeIfAbsent(topic, k -> new TreeMap<>())
                    .computeIfAbsent(r.fact().topic().strip(), k -> new TreeSet<>()).add(r.articleId());
            String holder = personKeys.get(new ArticlePerson(r.articleId(), r.fact().holder()));
            String key = IriScheme.compoundSlug(holder, r.fact().polarity().notation(), topic);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            parts.put(key, new String[] {holder, topic});
        }
        topicNames.forEach((k, names) -> topicLabels.put(k, mostCommon(names)));
        Map<String, ResolvedStance> stances = new TreeMap<>();
        byKey.forEach((key, rs) -> stances.put(key, new ResolvedStance(key, parts.get(key)[0],
                rs.get(0).fact().polarity(), parts.get(key)[1], rs, Confidence.ofFact(rs))));
        return stances;
    }

    /** The form most articles use, then the first in code-point order. */
    static String mostCommon(Map<String, Set<String>> articlesByForm) {
        return articlesByForm.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    private static String slugOrNull(String s) {
        try {
            return IriScheme.slug(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
