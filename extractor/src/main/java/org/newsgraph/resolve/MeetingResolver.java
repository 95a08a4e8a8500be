package org.newsgraph.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import org.newsgraph.date.DateBasis;
import org.newsgraph.date.DateMention;
import org.newsgraph.date.DateValue;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.fact.MeetingKind;
import org.newsgraph.fact.MeetingStatus;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.rdf.IriScheme;

/**
 * Finds the real meetings behind the meeting reports of a corpus: one {@link ResolvedMeeting} per real meeting,
 * with every report of it, and the status, kind, date and place chosen from them. Immutable and thread-safe.
 *
 * <p>Two reports are one meeting when they share two or more participants and:
 * <ol>
 * <li><b>Same day.</b> Both give the same full date (whatever the places they give: a disagreement on the place is
 *     recorded, not a reason to split).</li>
 * <li><b>A day apart.</b> Their full dates are one day apart, their places do not conflict, and either one of
 *     them resolved its date from a weekday or another date ("on Wednesday" read against two publication dates)
 *     or both give the same place. The date with more sources is chosen.</li>
 * <li><b>One date unknown.</b> A report without a full date joins the meeting of the same participants whose date
 *     agrees with what it does say (a month, a day) and whose place does not conflict. When there are several,
 *     a held report joins the latest on or before its article's reference date, a planned report the earliest on or
 *     after it; without a reference date it joins none of them.</li>
 * <li><b>Neither dated.</b> Reports left without a dated meeting are one meeting when their partial dates and
 *     places do not conflict.</li>
 * </ol>
 * The same participants on two different dates (more than a day apart, or a day apart with nothing to explain it)
 * are two meetings. Planned and held reports of one meeting make one held meeting. Refused, cancelled or denied
 * reports only ever merge with each other (same rules, both dates known and equal or one unknown): a refusal is a
 * different claim from a meeting, and keeping both lets the disagreement show. Places conflict when both are known
 * and neither lies in the other nor in the same country. Everything is decided on connected components or in an
 * order fixed by content, so the input order does not matter.
 */
public final class MeetingResolver {
    private final Map<String, ResolvedEntity> entities;

    /** @param entities the resolved places, for specificity and the country a place lies in */
    public MeetingResolver(Map<String, ResolvedEntity> entities) {
        this.entities = entities;
    }

    /** A meeting report with its participants as person keys (two or more). */
    public record Input(Report<MeetingFact> report, SortedSet<String> participants) {
        public Input {
            if (participants.size() < 2) {
                throw new IllegalArgumentException("a meeting report needs two or more persons: " + report.id());
            }
        }

        Optional<DateValue> date() {
            return report.fact().date().map(DateMention::value);
        }

        Optional<LocalDate> fullDate() {
            return date().flatMap(DateValue::toLocalDate);
        }

        Optional<String> place() {
            return report.fact().place().map(EntityRef::key);
        }

        boolean relative() {
            return report.fact().date().map(d -> d.basis() == DateBasis.RELATIVE_TO_PUBLISHED
                    || d.basis() == DateBasis.RELATIVE_TO_TEXT).orElse(false);
        }

        MeetingStatus status() {
            return report.fact().status();
        }

        List<String> pairs() {
            return MeetingResolver.pairs(participants);
        }
    }

    private static final class UnionFind {
        final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /** A set of reports already found to be one meeting, with what the rules compare. */
    private record Group(int root, TreeSet<LocalDate> dates, Set<String> participants, Set<String> places,
                         boolean relative, List<String> pairs) {
    }

    public List<ResolvedMeeting> resolve(List<Input> unsorted) {
        List<Input> inputs = new ArrayList<>(unsorted);
        inputs.sort(Comparator.comparing((Input i) -> i.report().articleId())
                .thenComparingInt(i -> i.report().factIndex()));
        UnionFind uf = new UnionFind(inputs.size());
        List<Integer> dated = new ArrayList<>();
        List<Integer> undated = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            if (in.status() == MeetingStatus.REFUSED) {
                refused.add(i);
            } else if (in.fullDate().isPresent()) {
                dated.add(i);
            } else {
                undated.add(i);
            }
        }
        // rule 1: same full date and a shared pair
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i : dated) {
            for (String pair : inputs.get(i).pairs()) {
                Integer first = firstByKey.putIfAbsent(inputs.get(i).fullDate().orElseThrow() + "|" + pair, i);
                if (first != null) {
                    uf.union(first, i);
                }
            }
        }
        // rule 2: a day apart
        List<Group> sameDay = groups(inputs, dated, uf);
        forEachSharingPair(sameDay, (g, h) -> {
            long days = Math.abs(ChronoUnit.DAYS.between(g.dates().first(), h.dates().first()));
            boolean samePlace = !g.places().isEmpty() && g.places().equals(h.places());
            if (days == 1 && (samePlace || g.relative() || h.relative()) && placesCompatible(g.places(), h.places())) {
                uf.union(g.root(), h.root());
            }
        });
        // rule 3: a report without a full date joins one dated meeting
        List<Group> datedGroups = groups(inputs, dated, uf);
        Map<String, List<Group>> groupsByPair = new HashMap<>();
        for (Group g : datedGroups) {
            g.pairs().forEach(p -> groupsByPair.computeIfAbsent(p, k -> new ArrayList<>()).add(g));
        }
        List<Integer> leftover = new ArrayList<>();
        List<int[]> joins = new ArrayList<>();
        for (int i : undated) {
            Optional<Group> target = target(inputs.get(i), groupsByPair);
            if (target.isPresent()) {
                joins.add(new int[] {i, target.get().root()});
            } else {
                leftover.add(i);
            }
        }
        joins.forEach(j -> uf.union(j[0], j[1]));
        // rule 4, and refusals among themselves: pairwise, on connected components
        unionCompatible(inputs, leftover, uf);
        unionCompatible(inputs, refused, uf);

        Map<Integer, List<Input>> components = new TreeMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            components.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(inputs.get(i));
        }
        List<ResolvedMeeting> meetings = new ArrayList<>();
        for (List<Input> c : components.values()) {
            meetings.add(meeting(c));
        }
        return withUniqueKeys(meetings);
    }

    private List<Group> groups(List<Input> inputs, List<Integer> members, UnionFind uf) {
        Map<Integer, List<Integer>> byRoot = new TreeMap<>();
        for (int i : members) {
            byRoot.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : byRoot.entrySet()) {
            TreeSet<LocalDate> dates = new TreeSet<>();
            Set<String> participants = new TreeSet<>();
            Set<String> places = new TreeSet<>();
            boolean relative = false;
            for (int i : e.getValue()) {
                Input in = inputs.get(i);
                in.fullDate().ifPresent(dates::add);
                participants.addAll(in.participants());
                in.place().ifPresent(places::add);
                relative |= in.relative();
            }
            groups.add(new Group(e.getKey(), dates, participants, places, relative, pairs(participants)));
        }
        return groups;
    }

    /** Every pair of persons of a sorted set, as "a b": two reports that share one share two participants. */
    static List<String> pairs(Set<String> sortedPersons) {
        List<String> ps = new ArrayList<>(sortedPersons);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                pairs.add(ps.get(i) + " " + ps.get(j));
            }
        }
        return pairs;
    }

    private interface GroupPairAction {
        void accept(Group g, Group h);
    }

    private static void forEachSharingPair(List<Group> groups, GroupPairAction action) {
        Map<String, List<Group>> byPair = new TreeMap<>();
        for (Group g : groups) {
            g.pairs().forEach(p -> byPair.computeIfAbsent(p, k -> new ArrayList<>()).add(g));
        }
        Set<String> seen = new HashSet<>();
        for (List<Group> bucket : byPair.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    if (seen.add(bucket.get(i).root() + " " + bucket.get(j).root())) {
                        action.accept(bucket.get(i), bucket.get(j));
                    }
                }
            }
        }
    }

    private Optional<Group> target(Input in, Map<String, List<Group>> groupsByPair) {
        Set<Group> found = new LinkedHashSet<>();
        for (String pair : in.pairs()) {
            found.addAll(groupsByPair.getOrDefault(pair, List.of()));
        }
        Optional<LocalDate> ref = in.report().observedOn();
        List<Group> candidates = new ArrayList<>();
        for (Group g : found) {
            boolean dateOk = in.date().map(d -> g.dates().stream().anyMatch(gd -> compatible(d, DateValue.of(gd))))
                    .orElse(true);
            boolean placeOk = placesCompatible(in.place().map(Set::of).orElse(Set.of()), g.places());
            boolean timeOk = ref.map(r -> in.status() == MeetingStatus.OCCURRED
                    ? !g.dates().first().isAfter(r) : !g.dates().last().isBefore(r)).orElse(true);
            if (dateOk && placeOk && timeOk) {
                candidates.add(g);
            }
        }
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Group> byRoot = Comparator.comparingInt(Group::root);
        return in.status() == MeetingStatus.OCCURRED
                ? candidates.stream().max(Comparator.comparing((Group g) -> g.dates().first()).thenComparing(byRoot.reversed()))
                : candidates.stream().min(Comparator.comparing((Group g) -> g.dates().last()).thenComparing(byRoot));
    }

    private void unionCompatible(List<Input> inputs, List<Integer> members, UnionFind uf) {
        Map<String, List<Integer>> byPair = new TreeMap<>();
        for (int i : members) {
            inputs.get(i).pairs().forEach(p -> byPair.computeIfAbsent(p, k -> new ArrayList<>()).add(i));
        }
        for (List<Integer> bucket : byPair.values()) {
            for (int a = 0; a < bucket.size(); a++) {
                for (int b = a + 1; b < bucket.size(); b++) {
                    Input x = inputs.get(bucket.get(a));
                    Input y = inputs.get(bucket.get(b));
                    boolean dateOk = x.date().isEmpty() || y.date().isEmpty()
                            || compatible(x.date().get(), y.date().get());
                    if (dateOk && placesCompatible(x.place().map(Set::of).orElse(Set.of()),
                            y.place().map(Set::of).orElse(Set.of()))) {
                        uf.union(bucket.get(a), bucket.get(b));
                    }
                }
            }
        }
    }

    /** Dates agree where both say something: 2023-11-05 and --11-05 agree; 2023-11-05 and 2023-11-06 do not. */
    static boolean compatible(DateValue a, DateValue b) {
        return agree(a.year(), b.year()) && agree(a.month(), b.month()) && agree(a.day(), b.day());
    }

    private static boolean agree(Optional<Integer> a, Optional<Integer> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** Every place of one set agrees with every place of the other (equal, one inside the other, same country). */
    boolean placesCompatible(Set<String> as, Set<String> bs) {
        for (String a : as) {
            for (String b : bs) {
                if (!placesCompatible(a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    boolean placesCompatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Optional<String> ca = countryOf(a);
        Optional<String> cb = countryOf(b);
        return ca.isPresent() && ca.equals(cb);
    }

    private Optional<String> countryOf(String key) {
        return Optional.ofNullable(entities.get(key)).flatMap(ResolvedEntity::country);
    }

    private record Candidate<T>(T value, List<Report<MeetingFact>> reports, int specificity, int reliability,
                                String order) {
        int sources() {
            return (int) reports.stream().map(Report::articleId).distinct().count();
        }
    }

    private enum Criterion {
        SPECIFICITY(ChoiceReason.MORE_SPECIFIC, Candidate::specificity),
        SOURCES(ChoiceReason.MORE_SOURCES, Candidate::sources),
        RELIABILITY(ChoiceReason.MORE_RELIABLE_DATE, Candidate::reliability);

        final ChoiceReason reason;
        final ToIntFunction<Candidate<?>> value;

        Criterion(ChoiceReason reason, ToIntFunction<Candidate<?>> value) {
            this.reason = reason;
            this.value = value;
        }
    }

    private record Chosen<T>(T value, Optional<ValueChoice> choice) {
    }

    private static <T> Chosen<T> choose(ValueChoice.Property property, List<Candidate<T>> candidates,
                                        List<Criterion> criteria) {
        Comparator<Candidate<T>> order = null;
        for (Criterion c : criteria) {
            Comparator<Candidate<T>> next = Comparator.comparingInt((Candidate<T> x) -> c.value.applyAsInt(x)).reversed();
            order = order == null ? next : order.thenComparing(next);
        }
        order = Objects.requireNonNull(order).thenComparing(Candidate::order);
        List<Candidate<T>> sorted = candidates.stream().sorted(order).toList();
        Candidate<T> winner = sorted.get(0);
        if (sorted.size() == 1) {
            return new Chosen<>(winner.value(), Optional.empty());
        }
        Candidate<T> runnerUp = sorted.get(1);
        ChoiceReason reason = criteria.stream()
                .filter(c -> c.value.applyAsInt(winner) > c.value.applyAsInt(runnerUp))
                .map(c -> c.reason).findFirst().orElse(ChoiceReason.FIXED_ORDER);
        List<Report<MeetingFact>> contesting = sorted.stream().skip(1).flatMap(c -> c.reports().stream()).toList();
        return new Chosen<>(winner.value(),
                Optional.of(new ValueChoice(property, winner.value(), reason, winner.reports(), contesting)));
    }

    private ResolvedMeeting meeting(List<Input> inputs) {
        List<Report<MeetingFact>> reports = inputs.stream().map(Input::report).toList();
        SortedSet<String> participants = new TreeSet<>();
        inputs.forEach(i -> participants.addAll(i.participants()));
        List<ValueChoice> choices = new ArrayList<>();

        MeetingStatus status;
        if (inputs.get(0).status() == MeetingStatus.REFUSED) {
            status = MeetingStatus.REFUSED;
        } else {
            List<Report<MeetingFact>> held = reports.stream()
                    .filter(r -> r.fact().status() == MeetingStatus.OCCURRED).toList();
            List<Report<MeetingFact>> planned = reports.stream()
                    .filter(r -> r.fact().status() == MeetingStatus.PLANNED).toList();
            status = held.isEmpty() ? MeetingStatus.PLANNED : MeetingStatus.OCCURRED;
            if (!held.isEmpty() && !planned.isEmpty()) {
                choices.add(new ValueChoice(ValueChoice.Property.STATUS, MeetingStatus.OCCURRED,
                        ChoiceReason.HELD_OVER_PLANNED, held, planned));
            }
        }

        Map<MeetingKind, List<Report<MeetingFact>>> byKind = new TreeMap<>();
        reports.forEach(r -> byKind.computeIfAbsent(r.fact().kind(), k -> new ArrayList<>()).add(r));
        Chosen<MeetingKind> kind = choose(ValueChoice.Property.KIND, byKind.entrySet().stream()
                .map(e -> new Candidate<>(e.getKey(), e.getValue(), 0, 0, String.valueOf(e.getKey().ordinal())))
                .toList(), List.of(Criterion.SOURCES));
        kind.choice().ifPresent(choices::add);

        Map<String, List<Report<MeetingFact>>> byDate = new TreeMap<>();
        Map<String, DateValue> dateValues = new HashMap<>();
        for (Report<MeetingFact> r : reports) {
            r.fact().date().ifPresent(d -> {
                byDate.computeIfAbsent(d.value().lexicalForm(), k -> new ArrayList<>()).add(r);
                dateValues.put(d.value().lexicalForm(), d.value());
            });
        }
        Optional<DateValue> date = Optional.empty();
        if (!byDate.isEmpty()) {
            Chosen<DateValue> chosen = choose(ValueChoice.Property.DATE, byDate.entrySet().stream()
                    .map(e -> new Candidate<>(dateValues.get(e.getKey()), e.getValue(),
                            specificity(dateValues.get(e.getKey())), reliability(e.getValue()), e.getKey()))
                    .toList(), List.of(Criterion.SPECIFICITY, Criterion.SOURCES, Criterion.RELIABILITY));
            date = Optional.of(chosen.value());
            chosen.choice().ifPresent(choices::add);
        }

        Map<String, List<Report<MeetingFact>>> byPlace = new TreeMap<>();
        reports.forEach(r -> r.fact().place().ifPresent(p ->
                byPlace.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(r)));
        Optional<String> place = Optional.empty();
        if (!byPlace.isEmpty()) {
            boolean nested = placesCompatible(byPlace.keySet(), byPlace.keySet());
            Chosen<String> chosen = choose(ValueChoice.Property.PLACE, byPlace.entrySet().stream()
                    .map(e -> new Candidate<>(e.getKey(), e.getValue(), placeSpecificity(e.getKey()), 0, e.getKey()))
                    .toList(), nested ? List.of(Criterion.SPECIFICITY, Criterion.SOURCES)
                    : List.of(Criterion.SOURCES, Criterion.SPECIFICITY));
            place = Optional.of(chosen.value());
            chosen.choice().ifPresent(choices::add);
        }

        List<String> keyParts = new ArrayList<>();
        if (status == MeetingStatus.REFUSED) {
            keyParts.add("refused");
        }
        keyParts.addAll(participants);
        if (date.isPresent()) {
            keyParts.add(date.get().lexicalForm());
        } else if (place.isPresent()) {
            keyParts.add("at");
            keyParts.add(place.get());
        }
        String key = IriScheme.compoundSlug(keyParts.toArray(String[]::new));
        Map<String, Support> participation = new TreeMap<>();
        for (String p : participants) {
            participation.put(p, Confidence.ofFact(inputs.stream().filter(i -> i.participants().contains(p))
                    .map(Input::report).toList()));
        }
        return new ResolvedMeeting(key, status, kind.value(), date, place, participants, reports, choices,
                Confidence.ofFact(reports), participation);
    }

    private static int specificity(DateValue d) {
        return (d.year().isPresent() ? 1 : 0) + (d.month().isPresent() ? 1 : 0) + (d.day().isPresent() ? 1 : 0);
    }

    private static int reliability(List<Report<MeetingFact>> reports) {
        return reports.stream().flatMap(r -> r.fact().date().stream()).mapToInt(d -> switch (d.basis()) {
            case EXPLICIT -> 4;
            case YEAR_FROM_CONTEXT -> 3;
            case RELATIVE_TO_TEXT -> 2;
            case RELATIVE_TO_PUBLISHED -> 1;
            case PARTIAL -> 0;
        }).max().orElse(0);
    }

    private int placeSpecificity(String key) {
        ResolvedEntity e = entities.get(key);
        return e == null ? 0 : e.specificity();
    }

    /** Two meetings with one key (rare: same participants and date that no rule joined) get a suffix each. */
    private static List<ResolvedMeeting> withUniqueKeys(List<ResolvedMeeting> meetings) {
        Map<String, List<ResolvedMeeting>> byKey = new TreeMap<>();
        meetings.forEach(m -> byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m));
        List<ResolvedMeeting> out = new ArrayList<>();
        for (List<ResolvedMeeting> same : byKey.values()) {
            if (same.size() == 1) {
                out.add(same.get(0));
                continue;
            }
            for (ResolvedMeeting m : same) {
                String ids = m.reports().stream().map(Report::id).sorted().toList().toString();
                out.add(new ResolvedMeeting(m.key() + "-" + PersonResolver.shortHash(ids), m.status(), m.kind(),
                        m.date(), m.placeKey(), m.participants(), m.reports(), m.choices(), m.support(),
                        m.participation()));
            }
        }
        return out;
    }
}
