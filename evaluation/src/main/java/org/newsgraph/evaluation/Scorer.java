package org.newsgraph.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a graph's answers to the four canned queries against gold facts: a faithful port of {@code score.py}'s
 * {@code score(gold, results)}, rule for rule, so that its figures equal score.py's on the same tables. Stateless,
 * thread-safe.
 *
 * <pre>{@code
 * Scores s = Scorer.score(Gold.load(goldPath), ResultRows.read(resultsDir));
 * System.out.print(s.format());
 * }</pre>
 *
 * <p>Quirks kept on purpose, because score.py has them:
 * <ul>
 *   <li>A person node is named by its longest name first (then the next longest, ...); the first name that maps to a
 *       gold person wins, multi-word forms before single words. score.py breaks ties between names of the same
 *       length in Python's set order, which varies from run to run; this port breaks them by first appearance in
 *       the table.</li>
 *   <li>A meeting without any status counts as occurred; so does one whose status normalises to {@code ""}, "held"
 *       or "happened". Unknown participants make pairs for {@code meeting_pairs} but not for {@code meetings}.</li>
 *   <li>Gold meeting instances are one per (pair, date); undated gold entries of a pair that has dated ones are
 *       folded into them (their place is borrowed only when the pair has exactly one date).</li>
 *   <li>A system meeting node is matched, per pair of known participants, to the first gold instance of the pair
 *       with one of its dates, else the pair's only instance, else its first undated one.</li>
 *   <li>Positions and stances are sets of distinct (person, role, organization, name) and
 *       (holder, stance, topic, name) tuples; a system tuple may credit several gold facts.</li>
 *   <li>The gold stance word (not normalised) is compared with the normalised system stance.</li>
 * </ul>
 */
public final class Scorer {
    private static final Set<String> HELD = Set.of("occurred", "held", "happened", "");
    private static final int SHOWN = 40;

    private Scorer() {
    }

    /** Scores result tables against gold. */
    public static Scores score(Gold gold, ResultRows results) {
        return new Run(gold, results).score();
    }

    private record PositionRow(String who, String role, String organization, String name) {
    }

    private record StanceRow(String who, String stance, String topic, String name) {
    }

    private static final class SystemMeeting {
        final Set<String> people = new LinkedHashSet<>();
        final Set<String> unknown = new LinkedHashSet<>();
        final Set<String> dates = new LinkedHashSet<>();
        final Set<String> places = new LinkedHashSet<>();
        final Set<String> statuses = new LinkedHashSet<>();
    }

    private record Instance(List<String> pair, Gold.Meeting meeting) {
    }

    private record Hit(String meeting, Set<String> dates, Set<String> places) {
    }

    /** One scoring: the state score.py keeps in local variables. */
    private static final class Run {
        final Gold gold;
        final ResultRows results;
        final Names names;
        final Map<String, String> seenIds = new HashMap<>();

        Run(Gold gold, ResultRows results) {
            this.gold = gold;
            this.results = results;
            this.names = new Names(gold);
        }

        Scores score() {
            PersonPart persons = persons();
            PositionPart positions = positions();
            MeetingPart meetings = meetings();
            StancePart stances = stances();
            Scores.Missed missed = new Scores.Missed(persons.missed, positions.missed, meetings.missedPairs,
                    meetings.missedMeetings, meetings.missedDates, meetings.missedPlaces, stances.missed);
            return new Scores(persons.prf, persons.fragments, persons.falsePositives, positions.prf,
                    positions.falsePositives, meetings.pairs, meetings.pairFalsePositives, meetings.meetings,
                    meetings.fragments, meetings.dates, meetings.places, meetings.nonMeetingsReported, stances.prf,
                    stances.falsePositives, missed, meetings.plannedAsHeld, meetings.notHappenedAsHeld);
        }

        // persons: each system person (one per ?person) maps to a gold person, is ignored, or is a false positive
        record PersonPart(Scores.Prf prf, int fragments, List<String> falsePositives, List<String> missed) {
        }

        PersonPart persons() {
            Map<String, Set<String>> people = new LinkedHashMap<>();
            for (Map<String, String> row : results.persons()) {
                Set<String> e = people.computeIfAbsent(or(row.get("person"), row.get("name")),
                        k -> new LinkedHashSet<>());
                for (String k : List.of("name", "alias")) {
                    if (truthy(row.get(k))) {
                        e.add(row.get(k));
                    }
                }
            }
            Set<String> found = new HashSet<>();
            List<String> fp = new ArrayList<>();
            int nodes = 0;
            for (Map.Entry<String, Set<String>> entry : people.entrySet()) {
                List<String> ns = new ArrayList<>(entry.getValue());
                ns.sort(Comparator.comparingInt(n -> -PyText.len(n))); // stable: ties keep table order
                String g = names.find(ns);
                seenIds.put(entry.getKey(), g);
                if (truthy(g)) {
                    found.add(g);
                    nodes++;
                } else if (ns.stream().noneMatch(names::ignoredName)) {
                    fp.add(ns.isEmpty() ? entry.getKey() : ns.get(0));
                }
            }
            Set<String> goldPeople = new HashSet<>();
            gold.persons().forEach(p -> goldPeople.add(p.name()));
            Set<String> missing = new HashSet<>(goldPeople);
            missing.removeAll(found);
            // one node per real person: a person split over two nodes counts the second against precision
            return new PersonPart(Scores.Prf.of(found.size(), nodes + fp.size(), goldPeople.size()),
                    nodes - found.size(), first(sorted(fp)), sorted(missing));
        }

        String who(Map<String, String> row, String idKey, String nameKey) {
            String seen = seenIds.get(row.get(idKey));
            return truthy(seen) ? seen : names.find(row.getOrDefault(nameKey, ""));
        }

        record PositionPart(Scores.Prf prf, List<String> falsePositives, List<String> missed) {
        }

        PositionPart positions() {
            Set<PositionRow> sys = new LinkedHashSet<>();
            for (Map<String, String> row : results.positions()) {
                sys.add(new PositionRow(who(row, "person", "name"), row.getOrDefault("role", ""),
                        row.getOrDefault("organization", ""), row.getOrDefault("name", "")));
            }
            Set<Integer> hit = new HashSet<>();
            Set<PositionRow> used = new HashSet<>();
            List<Gold.Position> goldPositions = gold.positions();
            for (int i = 0; i < goldPositions.size(); i++) {
                Gold.Position gp = goldPositions.get(i);
                for (PositionRow sp : sys) {
                    if (Objects.equals(sp.who(), gp.person())
                            && MatchRules.roleMatch(sp.role(), gp.role(), gp.roleAliases())
                            && (gp.of() == null || MatchRules.placeMatch(gold, sp.organization(), gp.of(), List.of()))) {
                        hit.add(i);
                        used.add(sp);
                    }
                }
            }
            // a system position that matches no gold one counts against precision once per distinct tuple
            List<String> extra = new ArrayList<>();
            for (PositionRow sp : sys) {
                if (!used.contains(sp)) {
                    extra.add(PyText.str(or(sp.name(), sp.who())) + " / " + sp.role() + " / " + sp.organization());
                }
            }
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < goldPositions.size(); i++) {
                if (!hit.contains(i)) {
                    Gold.Position g = goldPositions.get(i);
                    missed.add(PyText.str(g.person()) + " / " + PyText.str(g.role()) + " / " + PyText.str(g.of()));
                }
            }
            return new PositionPart(Scores.Prf.of(hit.size(), hit.size() + extra.size(), goldPositions.size()),
                    first(sorted(extra)), missed);
        }

        record MeetingPart(Scores.Prf pairs, List<String> pairFalsePositives, List<String> missedPairs,
                           Scores.Prf meetings, int fragments, Scores.Count dates, Scores.Count places,
                           List<String> missedMeetings, List<String> missedDates, List<String> missedPlaces,
                           List<String> nonMeetingsReported, List<String> plannedAsHeld,
                           List<String> notHappenedAsHeld) {
        }

        MeetingPart meetings() {
            // meetings, as unordered pairs of participants
            Map<String, SystemMeeting> meetings = new LinkedHashMap<>();
            for (Map<String, String> row : results.meetings()) {
                SystemMeeting m = meetings.computeIfAbsent(row.get("meeting"), k -> new SystemMeeting());
                String g = who(row, "participant", "name");
                if (truthy(g)) {
                    m.people.add(g);
                } else if (truthy(row.get("name")) && !names.ignoredName(row.get("name"))) {
                    m.unknown.add(row.get("name"));
                }
                if (truthy(row.get("date"))) {
                    m.dates.add(row.get("date"));
                }
                if (truthy(row.get("place"))) {
                    m.places.add(row.get("place"));
                }
                if (truthy(row.get("status"))) {
                    m.statuses.add(row.get("status"));
                }
            }
            Set<List<String>> pairs = new LinkedHashSet<>();
            for (SystemMeeting m : meetings.values()) {
                if (!held(m)) {
                    continue;
                }
                List<String> people = sorted(m.people);
                List<String> unknown = new ArrayList<>();
                m.unknown.forEach(u -> unknown.add("?" + u));
                people.addAll(sorted(unknown));
                pairs.addAll(combinations(people));
            }
            Set<List<String>> optional = new HashSet<>();
            gold.optionalPairs().forEach(p -> optional.add(frozen(p)));
            gold.meetings().stream().filter(Gold.Meeting::optional).forEach(m -> optional.add(frozen(m.participants())));
            Set<List<String>> planned = new HashSet<>();
            gold.plannedMeetings().forEach(m -> planned.add(frozen(m.participants())));
            Set<List<String>> negative = new HashSet<>();
            gold.nonMeetings().forEach(m -> negative.add(frozen(m.participants())));

            List<Instance> goldInst = instances();
            Set<List<String>> goldPairs = new LinkedHashSet<>();
            goldInst.forEach(i -> goldPairs.add(i.pair()));
            List<List<String>> tp = new ArrayList<>();
            List<List<String>> fp = new ArrayList<>();
            for (List<String> k : pairs) {
                if (goldPairs.contains(k)) {
                    tp.add(k);
                } else if (!optional.contains(k)) {
                    fp.add(k);
                }
            }
            List<String> pairFalsePositives = new ArrayList<>();
            List<String> plannedAsHeld = new ArrayList<>();
            List<String> notHappenedAsHeld = new ArrayList<>();
            for (List<String> k : fp) {
                pairFalsePositives.add(join(k) + (planned.contains(k) ? " (planned, reported as held)" : "")
                        + (negative.contains(k) ? " (text says this did NOT happen)" : ""));
                if (planned.contains(k)) {
                    plannedAsHeld.add(join(k));
                }
                if (negative.contains(k)) {
                    notHappenedAsHeld.add(join(k));
                }
            }
            List<String> missedPairs = new ArrayList<>();
            goldPairs.stream().filter(k -> !pairs.contains(k)).forEach(k -> missedPairs.add(join(k)));

            // meeting instances: each system meeting node (per pair of its participants) is matched to one gold
            // instance of that pair: the one with its date, else the pair's only instance, else the pair's undated
            // instance. A second node matched to the same instance is a fragment (the same meeting not merged).
            Map<List<String>, List<Integer>> byPair = new HashMap<>();
            for (int i = 0; i < goldInst.size(); i++) {
                byPair.computeIfAbsent(goldInst.get(i).pair(), k -> new ArrayList<>()).add(i);
            }
            Map<Integer, List<Hit>> hits = new LinkedHashMap<>();
            int nSys = 0;
            for (Map.Entry<String, SystemMeeting> entry : meetings.entrySet()) {
                SystemMeeting m = entry.getValue();
                if (!held(m)) {
                    continue;
                }
                Set<String> dates = new LinkedHashSet<>();
                m.dates.forEach(d -> dates.add(prefix10(d)));
                for (List<String> pair : combinations(sorted(m.people))) {
                    if (optional.contains(pair)) {
                        continue;
                    }
                    nSys++;
                    List<Integer> cands = byPair.getOrDefault(pair, List.of());
                    List<Integer> pick = cands.stream().filter(i -> dates.contains(goldInst.get(i).meeting().date()))
                            .toList();
                    if (pick.isEmpty() && cands.size() == 1) {
                        pick = cands;
                    }
                    if (pick.isEmpty()) {
                        pick = cands.stream().filter(i -> !truthy(goldInst.get(i).meeting().date())).toList();
                    }
                    if (!pick.isEmpty()) {
                        hits.computeIfAbsent(pick.get(0), k -> new ArrayList<>())
                                .add(new Hit(entry.getKey(), dates, m.places));
                    }
                }
            }
            int fragments = hits.values().stream().mapToInt(v -> v.size() - 1).sum();
            List<Integer> dated = hits.keySet().stream().filter(i -> truthy(goldInst.get(i).meeting().date())).toList();
            List<Integer> placed = hits.keySet().stream().filter(i -> truthy(goldInst.get(i).meeting().place()))
                    .toList();
            List<Integer> dateOk = dated.stream().filter(i -> hits.get(i).stream()
                    .anyMatch(h -> h.dates().contains(goldInst.get(i).meeting().date()))).toList();
            List<Integer> placeOk = placed.stream().filter(i -> {
                Gold.Meeting gm = goldInst.get(i).meeting();
                return hits.get(i).stream().flatMap(h -> h.places().stream())
                        .anyMatch(p -> MatchRules.placeMatch(gold, p, gm.place(), gm.placeOk()));
            }).toList();
            Scores.Count dateCount = new Scores.Count(dateOk.size(),
                    (int) goldInst.stream().filter(i -> truthy(i.meeting().date())).count());
            Scores.Count placeCount = new Scores.Count(placeOk.size(),
                    (int) goldInst.stream().filter(i -> truthy(i.meeting().place())).count());
            List<String> missedMeetings = new ArrayList<>();
            for (int i = 0; i < goldInst.size(); i++) {
                if (!hits.containsKey(i)) {
                    missedMeetings.add(join(goldInst.get(i).pair()) + " on "
                            + PyText.str(goldInst.get(i).meeting().date()));
                }
            }
            List<String> missedDates = new ArrayList<>();
            for (int i : dated) {
                if (!dateOk.contains(i)) {
                    Set<String> got = new HashSet<>();
                    hits.get(i).forEach(h -> got.addAll(h.dates()));
                    missedDates.add(join(goldInst.get(i).pair()) + " want " + goldInst.get(i).meeting().date()
                            + " got " + PyText.repr(sorted(got)));
                }
            }
            List<String> missedPlaces = new ArrayList<>();
            for (int i : placed) {
                if (!placeOk.contains(i)) {
                    Set<String> got = new HashSet<>();
                    hits.get(i).forEach(h -> got.addAll(h.places()));
                    missedPlaces.add(join(goldInst.get(i).pair()) + " want " + goldInst.get(i).meeting().place()
                            + " got " + PyText.repr(sorted(got)));
                }
            }
            List<String> nonMeetingsReported = new ArrayList<>();
            pairs.stream().filter(negative::contains).forEach(k -> nonMeetingsReported.add(join(k)));

            return new MeetingPart(Scores.Prf.of(tp.size(), tp.size() + fp.size(), goldPairs.size()),
                    first(sorted(pairFalsePositives)), sorted(missedPairs),
                    Scores.Prf.of(hits.size(), nSys, goldInst.size()), fragments, dateCount, placeCount,
                    sorted(missedMeetings), sorted(missedDates), sorted(missedPlaces), sorted(nonMeetingsReported),
                    sorted(plannedAsHeld), sorted(notHappenedAsHeld));
        }

        /** Gold meeting instances: one per (pair, date); an undated instance folds into the pair's only dated one. */
        List<Instance> instances() {
            Map<List<String>, List<Gold.Meeting>> byPair = new LinkedHashMap<>();
            for (Gold.Meeting gm : gold.meetings()) {
                if (gm.optional()) {
                    continue;
                }
                for (List<String> pair : combinations(sorted(new LinkedHashSet<>(gm.participants())))) {
                    byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(gm);
                }
            }
            List<Instance> out = new ArrayList<>();
            byPair.forEach((pair, gms) -> {
                Map<String, Gold.Meeting> dated = new LinkedHashMap<>();
                for (Gold.Meeting gm : gms) {
                    if (truthy(gm.date())) {
                        Gold.Meeting e = dated.getOrDefault(gm.date(), gm);
                        dated.put(gm.date(), e.withPlace(or(e.place(), gm.place())));
                    }
                }
                if (!dated.isEmpty()) {
                    for (String d : sorted(dated.keySet())) {
                        Gold.Meeting gm = dated.get(d);
                        if (!truthy(gm.place())) {
                            gm = gm.withPlace(dated.size() == 1 ? firstPlace(gms) : null);
                        }
                        out.add(new Instance(pair, gm));
                    }
                } else {
                    out.add(new Instance(pair, gms.get(0).withPlace(firstPlace(gms))));
                }
            });
            return out;
        }

        private static String firstPlace(List<Gold.Meeting> gms) {
            return gms.stream().map(Gold.Meeting::place).filter(Scorer::truthy).findFirst().orElse(null);
        }

        private boolean held(SystemMeeting m) {
            Set<String> status = new HashSet<>();
            m.statuses.forEach(s -> status.add(MatchRules.norm(s)));
            if (status.isEmpty()) {
                status.add("occurred");
            }
            return status.stream().anyMatch(HELD::contains);
        }

        record StancePart(Scores.Prf prf, List<String> falsePositives, List<String> missed) {
        }

        StancePart stances() {
            Set<StanceRow> sys = new LinkedHashSet<>();
            for (Map<String, String> row : results.stances()) {
                sys.add(new StanceRow(who(row, "holder", "name"), MatchRules.norm(row.getOrDefault("stance", "")),
                        MatchRules.norm(row.getOrDefault("topic", "")), row.getOrDefault("name", "")));
            }
            Set<Integer> hit = new HashSet<>();
            Set<StanceRow> used = new HashSet<>();
            List<Gold.Stance> goldStances = gold.stances();
            for (int i = 0; i < goldStances.size(); i++) {
                Gold.Stance gs = goldStances.get(i);
                List<String> words = gs.words().stream().map(MatchRules::norm).toList();
                for (StanceRow s : sys) {
                    if (Objects.equals(s.who(), gs.holder()) && s.stance().equals(gs.stance())
                            && words.stream().anyMatch(w -> !w.isEmpty()
                            && (s.topic().contains(w) || (!s.topic().isEmpty() && w.contains(s.topic()))))) {
                        hit.add(i);
                        used.add(s);
                    }
                }
            }
            List<String> extra = new ArrayList<>();
            for (StanceRow s : sys) {
                if (!used.contains(s)) {
                    extra.add(PyText.str(or(s.name(), s.who())) + " " + s.stance() + " " + s.topic());
                }
            }
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < goldStances.size(); i++) {
                if (!hit.contains(i)) {
                    Gold.Stance g = goldStances.get(i);
                    missed.add(PyText.str(g.holder()) + " " + PyText.str(g.stance()) + " " + PyText.str(g.topic()));
                }
            }
            return new StancePart(Scores.Prf.of(hit.size(), hit.size() + extra.size(), goldStances.size()),
                    first(sorted(extra)), missed);
        }
    }

    /** Python truthiness of a str or None. */
    static boolean truthy(String s) {
        return s != null && !s.isEmpty();
    }

    /** Python's {@code a or b} for str or None. */
    static String or(String a, String b) {
        return truthy(a) ? a : b;
    }

    /** {@code s[:10]}: the first ten code points. */
    static String prefix10(String s) {
        return PyText.len(s) <= 10 ? s : s.substring(0, s.offsetByCodePoints(0, 10));
    }

    /** {@code sorted(xs)} of str (None first, should score.py ever sort one). */
    static List<String> sorted(Collection<String> xs) {
        List<String> out = new ArrayList<>(xs);
        out.sort(PyText.ORDER);
        return out;
    }

    private static List<String> first(List<String> sortedList) {
        return sortedList.size() <= SHOWN ? sortedList : new ArrayList<>(sortedList.subList(0, SHOWN));
    }

    /** {@code frozenset(xs)}, as a sorted list of its distinct members. */
    static List<String> frozen(Collection<String> xs) {
        TreeSet<String> set = new TreeSet<>(PyText::compareCodePoints);
        set.addAll(xs);
        return List.copyOf(set);
    }

    /** {@code [frozenset(p) for p in combinations(xs, 2)]}. */
    static List<List<String>> combinations(List<String> xs) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            for (int j = i + 1; j < xs.size(); j++) {
                out.add(frozen(List.of(xs.get(i), xs.get(j))));
            }
        }
        return out;
    }

    /** {@code " + ".join(sorted(k))} of a pair. */
    static String join(List<String> pair) {
        return String.join(" + ", pair);
    }
}
