package org.newsgraph.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Makes result tables that differ from a perfect answer in the ways a real system errs, so that score.py and its
 * port can be compared on them: rows dropped or duplicated, a person split over two nodes or two persons merged,
 * names with honorifics, accents or possessives, wrong or extended dates, wrong places, demonym organisations,
 * planned and refused meetings reported as held, unknown and ignored participants, empty fields, extra stances, and
 * CSV written in other ways. Deterministic for a given {@link Random}.
 */
final class Perturber {
    private static final List<String> UNKNOWN_NAMES = List.of("Jane Roe", "Ahmed Karimi", "Li Wei", "Olga Petrova",
            "Juan Pérez", "Kim", "Smith", "Dr. No", "O'Brien", "Nguyễn Văn An", "Zoë Ångström-Ólafsdóttir", "Müller",
            "Sheikh Tamim", "Prince", "Washington", "Anna, Countess of Kent", "Quote \"Q\" Man", "Line\nBreak",
            "Emoji 😀 Person", "Ｆｕｌｌ Ｗｉｄｔｈ", "\u00a0Padded Name\u00a0", "José María Aznar");
    private static final List<String> HONORIFICS = List.of("Mr. ", "Mr ", "Mrs ", "Ms. ", "Dr. ", "President ",
            "Prime Minister ", "Sheikh ", "Gen. ", "General ", "King ", "Crown Prince ", "Sec. ", "Sir ", "Minister ",
            "Foreign Minister ", "Senator ", "Queen ");
    private static final List<String> STATUSES = List.of("occurred", "planned", "refused", "held", "Happened",
            "Occurred", "", "-", "scheduled", "cancelled", "OCCURRED", "https://w3id.org/newsgraph/ns#occurred",
            " held ", "denied", "?", "\u2014", "*");
    private static final List<String> ROLE_WORDS = List.of("President", "Prime Minister", "Foreign Minister",
            "Minister", "Secretary", "Spokesman", "King", "Director", "Chairman", "Ambassador", "Deputy",
            "Head of State", "former President", "Defence Minister", "Secretary of State", "Crown Prince", "Chief",
            "Head", "War", "Vice", "PM", "Sec", "Commissioner", "Prime");
    private static final List<String> TOPIC_WORDS = List.of("ceasefire", "humanitarian pause", "peace talks",
            "two-state solution", "sanctions", "fire", "talks", "the war", "pause in fighting", "a cease-fire now",
            "Palestinian state", "right to defend itself", "reform", "migration", "independence", "Kosovo", "");

    private final Gold gold;
    private final Random random;
    private final List<String> description = new ArrayList<>();
    private int fresh;

    Perturber(Gold gold, Random random) {
        this.gold = gold;
        this.random = random;
    }

    /** What was done, for failure messages. */
    List<String> description() {
        return description;
    }

    /** Applies one to six random perturbations to a copy of the perfect result. */
    ResultFixture perturb(ResultFixture perfect) {
        ResultFixture f = perfect.copy();
        List<BiFunction<Perturber, ResultFixture, String>> ops = List.of(
                Perturber::dropRows, Perturber::duplicatePerson, Perturber::renameForms, Perturber::surnameOnly,
                Perturber::unknownPersons, Perturber::mergePersons, Perturber::dates, Perturber::places,
                Perturber::statuses, Perturber::unknownParticipants, Perturber::splitOrMergeMeetings,
                Perturber::optionalAsHeld, Perturber::plannedAsHeld, Perturber::positionVariants,
                Perturber::stanceVariants, Perturber::idMismatch, Perturber::duplicateRows, Perturber::emptyFields,
                Perturber::csvStyle, Perturber::oddCharacters, Perturber::dropTable);
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            description.add(ops.get(random.nextInt(ops.size())).apply(this, f));
        }
        return f;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String freshId(String kind) {
        return ResultFixture.BASE + kind + "/x" + fresh++;
    }

    private List<String> ids(ResultFixture f, String table, String column) {
        Set<String> ids = new LinkedHashSet<>();
        f.t(table).rows.forEach(r -> ids.add(r.getOrDefault(column, "")));
        return new ArrayList<>(ids);
    }

    private List<Map<String, String>> rowsWith(ResultFixture f, String table, String column, String value) {
        return f.t(table).rows.stream().filter(r -> value.equals(r.get(column))).toList();
    }

    private List<String> goldNames() {
        return gold.persons().stream().map(Gold.Person::name).toList();
    }

    private List<String> goldPlaces() {
        List<String> places = new ArrayList<>(gold.places().keySet());
        gold.meetings().forEach(m -> {
            if (m.place() != null) {
                places.add(m.place());
            }
        });
        places.add("Washington");
        return places;
    }

    private String personIdOf(ResultFixture f, String name) {
        for (Map<String, String> r : f.t("persons").rows) {
            if (name.equals(r.get("name"))) {
                return r.get("person");
            }
        }
        return freshId("person");
    }

    // ---- the perturbations; each returns a line that says what it did

    String dropRows(ResultFixture f) {
        String table = pick(List.copyOf(f.tables.keySet()));
        double p = 0.1 + 0.4 * random.nextDouble();
        f.t(table).rows.removeIf(r -> random.nextDouble() < p);
        return "drop " + Math.round(p * 100) + "% of " + table;
    }

    String dropTable(ResultFixture f) {
        String table = pick(List.copyOf(f.tables.keySet()));
        if (random.nextBoolean()) {
            f.missingFiles.add(table);
            return "no " + table + ".csv";
        }
        f.t(table).rows.clear();
        return "header only in " + table + ".csv";
    }

    String duplicatePerson(ResultFixture f) {
        List<String> persons = ids(f, "persons", "person");
        if (persons.isEmpty()) {
            return "duplicate person: none";
        }
        String id = pick(persons);
        String copy = freshId("person");
        List<Map<String, String>> rows = new ArrayList<>(rowsWith(f, "persons", "person", id));
        Collections.shuffle(rows, random);
        int keep = 1 + random.nextInt(rows.size());
        for (Map<String, String> r : rows.subList(0, keep)) {
            Map<String, String> c = new LinkedHashMap<>(r);
            c.put("person", copy);
            f.t("persons").rows.add(c);
        }
        if (random.nextBoolean()) {
            for (String t : List.of("positions", "meetings", "stances")) {
                String col = idColumn(t);
                f.t(t).rows.stream().filter(r -> id.equals(r.get(col)) && random.nextBoolean())
                        .forEach(r -> r.put(col, copy));
            }
        }
        return "duplicate person " + id + " as " + copy + " (" + keep + " rows)";
    }

    private static String idColumn(String table) {
        return switch (table) {
            case "persons", "positions" -> "person";
            case "meetings" -> "participant";
            default -> "holder";
        };
    }

    String mutateName(String name) {
        return switch (random.nextInt(14)) {
            case 0 -> pick(HONORIFICS) + name;
            case 1 -> name.replace('e', 'é').replace('a', 'á');
            case 2 -> name + (random.nextBoolean() ? "'s" : "’s");
            case 3 -> name.toUpperCase();
            case 4 -> name.toLowerCase();
            case 5 -> name.contains("-") ? name.replace('-', ' ') : name.replace(' ', '-');
            case 6 -> "  " + name + ". ";
            case 7 -> name.replace('o', 'ö').replace('c', 'ç').replace('i', 'ı');
            case 8 -> "(" + name + ")";
            case 9 -> pick(HONORIFICS) + pick(HONORIFICS) + name;
            case 10 -> name.replace(" ", "\u00a0");
            case 11 -> name.replace("e", "e\u0301");
            case 12 -> name + " Jr";
            default -> name.replace("'", "’");
        };
    }

    String renameForms(ResultFixture f) {
        List<String> done = new ArrayList<>();
        for (String t : List.of("persons", "positions", "meetings", "stances")) {
            for (Map<String, String> r : f.t(t).rows) {
                if (random.nextDouble() < 0.15) {
                    String col = t.equals("persons") && random.nextBoolean() ? "alias" : "name";
                    String v = r.getOrDefault(col, "");
                    if (!v.isEmpty()) {
                        r.put(col, mutateName(v));
                        done.add(r.get(col));
                    }
                }
            }
        }
        return "rename " + done.size() + " forms, e.g. " + done.stream().limit(5).toList();
    }

    String surnameOnly(ResultFixture f) {
        List<String> names = goldNames();
        if (names.isEmpty()) {
            return "surname only: none";
        }
        String name = pick(names);
        String[] parts = name.split(" ");
        String last = parts[parts.length - 1];
        for (String t : List.of("persons", "positions", "meetings", "stances")) {
            f.t(t).rows.stream().filter(r -> name.equals(r.get("name"))).forEach(r -> r.put("name", last));
        }
        return "surname only for " + name + ": " + last;
    }

    String unknownPersons(ResultFixture f) {
        int n = 1 + random.nextInt(3);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = freshId("person");
            int kind = random.nextInt(4);
            String name = kind == 0 && !gold.ignorePersons().isEmpty() ? pick(gold.ignorePersons())
                    : kind == 1 ? "" : pick(UNKNOWN_NAMES);
            f.t("persons").add("person", id, "name", name, "alias", "");
            if (random.nextBoolean() && !name.isEmpty()) {
                f.t("persons").add("person", id, "name", name, "alias", mutateName(name));
            }
            added.add(name);
        }
        return "unknown persons " + added;
    }

    String mergePersons(ResultFixture f) {
        List<String> persons = ids(f, "persons", "person");
        if (persons.size() < 2) {
            return "merge persons: too few";
        }
        String a = pick(persons);
        String b = pick(persons);
        f.t("persons").rows.stream().filter(r -> b.equals(r.get("person"))).forEach(r -> r.put("person", a));
        return "merge person " + b + " into " + a;
    }

    String shiftDate(String date) {
        if (date.isEmpty()) {
            return random.nextBoolean() ? "2023-11-05" : "";
        }
        try {
            LocalDate d = LocalDate.parse(date);
            return switch (random.nextInt(6)) {
                case 0 -> d.plusDays(1).toString();
                case 1 -> d.minusDays(1).toString();
                case 2 -> date + "T00:00:00Z";
                case 3 -> d.plusYears(1).toString();
                case 4 -> "";
                default -> date + "T12:30:00";
            };
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    String dates(ResultFixture f) {
        List<String> meetings = ids(f, "meetings", "meeting");
        if (meetings.isEmpty()) {
            return "dates: no meetings";
        }
        String mid = pick(meetings);
        List<Map<String, String>> rows = rowsWith(f, "meetings", "meeting", mid);
        String date = shiftDate(rows.get(0).getOrDefault("date", ""));
        boolean some = random.nextBoolean();
        rows.forEach(r -> {
            if (!some || random.nextBoolean()) {
                r.put("date", date);
            }
        });
        return "date of " + mid + " to '" + date + "'" + (some ? " on some rows" : "");
    }

    String places(ResultFixture f) {
        List<String> meetings = ids(f, "meetings", "meeting");
        if (meetings.isEmpty()) {
            return "places: no meetings";
        }
        String mid = pick(meetings);
        List<Map<String, String>> rows = rowsWith(f, "meetings", "meeting", mid);
        String now = rows.get(0).getOrDefault("place", "");
        String place = switch (random.nextInt(8)) {
            case 0 -> pick(goldPlaces());
            case 1 -> {
                List<String> aliases = gold.places().getOrDefault(now, List.of());
                yield aliases.isEmpty() ? now.toUpperCase() : pick(aliases);
            }
            case 2 -> pick(List.copyOf(MatchRules.DEMONYMS.keySet()));
            case 3 -> "Government of " + now;
            case 4 -> now + " City";
            case 5 -> "";
            case 6 -> now.isEmpty() ? "Amman" : "the city of " + now.toLowerCase();
            default -> "State House, " + now;
        };
        rows.forEach(r -> r.put("place", place));
        return "place of " + mid + " to '" + place + "'";
    }

    String statuses(ResultFixture f) {
        List<String> meetings = ids(f, "meetings", "meeting");
        if (meetings.isEmpty()) {
            return "statuses: no meetings";
        }
        String mid = pick(meetings);
        List<Map<String, String>> rows = rowsWith(f, "meetings", "meeting", mid);
        boolean mixed = random.nextInt(3) == 0;
        String status = pick(STATUSES);
        rows.forEach(r -> r.put("status", mixed ? pick(STATUSES) : status));
        return "status of " + mid + (mixed ? " mixed" : " to '" + status + "'");
    }

    String unknownParticipants(ResultFixture f) {
        List<String> meetings = ids(f, "meetings", "meeting");
        if (meetings.isEmpty()) {
            return "unknown participants: no meetings";
        }
        String mid = pick(meetings);
        Map<String, String> template = rowsWith(f, "meetings", "meeting", mid).get(0);
        int kind = random.nextInt(5);
        String name = switch (kind) {
            case 0 -> pick(UNKNOWN_NAMES);
            case 1 -> gold.ignorePersons().isEmpty() ? "" : pick(gold.ignorePersons());
            case 2 -> "";
            case 3 -> goldNames().isEmpty() ? "Nobody" : pick(goldNames());
            default -> goldNames().isEmpty() ? "Nobody" : mutateName(pick(goldNames()));
        };
        Map<String, String> row = new LinkedHashMap<>(template);
        row.put("participant", kind >= 3 && random.nextBoolean() ? personIdOf(f, name) : freshId("person"));
        row.put("name", name);
        f.t("meetings").rows.add(row);
        if (random.nextBoolean()) {
            Map<String, String> second = new LinkedHashMap<>(template);
            second.put("participant", freshId("person"));
            second.put("name", pick(UNKNOWN_NAMES));
            f.t("meetings").rows.add(second);
        }
        return "participant '" + name + "' added to " + mid;
    }

    String splitOrMergeMeetings(ResultFixture f) {
        List<String> meetings = ids(f, "meetings", "meeting");
        if (meetings.isEmpty()) {
            return "split/merge: no meetings";
        }
        String a = pick(meetings);
        switch (random.nextInt(4)) {
            case 0 -> {
                String copy = freshId("meeting");
                String date = random.nextBoolean() ? null : shiftDate(rowsWith(f, "meetings", "meeting", a).get(0)
                        .getOrDefault("date", ""));
                for (Map<String, String> r : new ArrayList<>(rowsWith(f, "meetings", "meeting", a))) {
                    Map<String, String> c = new LinkedHashMap<>(r);
                    c.put("meeting", copy);
                    if (date != null) {
                        c.put("date", date);
                    }
                    f.t("meetings").rows.add(c);
                }
                return "meeting " + a + " reported again as " + copy + (date != null ? " on '" + date + "'" : "");
            }
            case 1 -> {
                String b = pick(meetings);
                f.t("meetings").rows.stream().filter(r -> b.equals(r.get("meeting"))).forEach(r -> r.put("meeting", a));
                return "meetings " + b + " merged into " + a;
            }
            case 2 -> {
                List<String> names = goldNames();
                if (names.isEmpty()) {
                    return "third participant: none";
                }
                String name = pick(names);
                Map<String, String> row = new LinkedHashMap<>(rowsWith(f, "meetings", "meeting", a).get(0));
                row.put("participant", personIdOf(f, name));
                row.put("name", name);
                f.t("meetings").rows.add(row);
                return "participant " + name + " added to " + a;
            }
            default -> {
                List<Map<String, String>> rows = rowsWith(f, "meetings", "meeting", a);
                f.t("meetings").rows.remove(rows.get(random.nextInt(rows.size())));
                return "a participant removed from " + a;
            }
        }
    }

    private void addMeeting(ResultFixture f, List<String> participants, String status, String date, String place) {
        String mid = freshId("meeting");
        for (String who : participants) {
            f.t("meetings").add("meeting", mid, "status", status, "date", date == null ? "" : date,
                    "place", place == null ? "" : place, "participant", personIdOf(f, who), "name", who);
        }
    }

    String optionalAsHeld(ResultFixture f) {
        List<List<String>> optional = new ArrayList<>(gold.optionalPairs());
        gold.meetings().stream().filter(Gold.Meeting::optional).forEach(m -> optional.add(m.participants()));
        if (optional.isEmpty()) {
            return "optional as held: none";
        }
        List<String> pair = pick(optional);
        addMeeting(f, pair, random.nextBoolean() ? "occurred" : "", random.nextBoolean() ? "2023-11-04" : null,
                random.nextBoolean() ? "Amman" : null);
        return "optional pair " + pair + " reported as a meeting";
    }

    String plannedAsHeld(ResultFixture f) {
        List<Gold.Meeting> candidates = new ArrayList<>(gold.plannedMeetings());
        candidates.addAll(gold.nonMeetings());
        if (candidates.isEmpty()) {
            return "planned as held: none";
        }
        Gold.Meeting m = pick(candidates);
        String status = pick(List.of("occurred", "held", "", "Occurred"));
        addMeeting(f, m.participants(), status, m.date(), m.place());
        return "planned/refused " + m.participants() + " reported as '" + status + "'";
    }

    String positionVariants(ResultFixture f) {
        List<Map<String, String>> rows = f.t("positions").rows;
        if (rows.isEmpty()) {
            return "positions: none";
        }
        List<String> done = new ArrayList<>();
        int n = 1 + random.nextInt(Math.min(6, rows.size()));
        for (int i = 0; i < n; i++) {
            Map<String, String> r = pick(rows);
            String role = r.getOrDefault("role", "");
            String org = r.getOrDefault("organization", "");
            if (random.nextBoolean()) {
                String[] words = role.split(" ");
                r.put("role", switch (random.nextInt(13)) {
                    case 9 -> goldRoleWords(r.get("name"));
                    case 10 -> role + pick(List.of("ial", "s", "ship"));
                    case 11 -> pick(List.of("Ex", "Vice-", "Vice ", "Acting ")) + role.toLowerCase();
                    case 0 -> "Former " + role;
                    case 1 -> role + " of " + (org.isEmpty() ? "Israel" : org);
                    case 2 -> words[words.length - 1];
                    case 3 -> pick(HONORIFICS) + role;
                    case 4 -> pick(ROLE_WORDS);
                    case 5 -> "";
                    case 6 -> role.toUpperCase() + "'s";
                    case 7 -> role.length() > 4 ? role.substring(0, 4) : role;
                    case 8 -> words[0];
                    default -> org + " " + role;
                });
            } else {
                r.put("organization", switch (random.nextInt(8)) {
                    case 0 -> demonymFor(org);
                    case 1 -> {
                        List<String> aliases = gold.places().getOrDefault(org, List.of());
                        yield aliases.isEmpty() ? org.toLowerCase() : pick(aliases);
                    }
                    case 2 -> "Government of " + org;
                    case 3 -> "the " + demonymFor(org) + " government";
                    case 4 -> "";
                    case 5 -> pick(goldPlaces());
                    case 6 -> pick(List.copyOf(MatchRules.DEMONYMS.keySet()));
                    default -> org + " Republic";
                });
            }
            done.add(r.get("role") + " / " + r.get("organization"));
        }
        if (random.nextInt(3) == 0 && !goldNames().isEmpty()) {
            String name = pick(goldNames());
            f.t("positions").add("person", personIdOf(f, name), "name", name, "role", pick(ROLE_WORDS),
                    "organization", pick(goldPlaces()));
            done.add("extra position for " + name);
        }
        return "positions " + done;
    }

    /** A run of words from a gold role or role alias of the named person ("Head" of "Head of State"). */
    private String goldRoleWords(String person) {
        List<String> roles = new ArrayList<>();
        for (Gold.Position gp : gold.positions()) {
            if (gp.person().equals(person)) {
                roles.add(gp.role());
                roles.addAll(gp.roleAliases());
            }
        }
        if (roles.isEmpty()) {
            return "Head";
        }
        String[] words = pick(roles).split(" ");
        int from = random.nextInt(words.length);
        int to = from + 1 + random.nextInt(words.length - from);
        return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    }

    private String demonymFor(String org) {
        String n = MatchRules.norm(org);
        List<String> hits = MatchRules.DEMONYMS.entrySet().stream().filter(e -> e.getValue().equals(n))
                .map(Map.Entry::getKey).sorted().toList();
        if (hits.isEmpty()) {
            return org;
        }
        String d = pick(hits);
        return d.length() <= 3 ? d.toUpperCase() : Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    String stanceVariants(ResultFixture f) {
        List<String> done = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(4);
            if (kind == 0 && !f.t("stances").rows.isEmpty()) {
                Map<String, String> r = pick(f.t("stances").rows);
                r.put("stance", "supports".equals(r.get("stance")) ? "opposes" : "supports");
                done.add("reversed " + r.get("name"));
            } else if (kind == 1 && !f.t("stances").rows.isEmpty()) {
                Map<String, String> r = pick(f.t("stances").rows);
                String topic = r.getOrDefault("topic", "");
                r.put("topic", switch (random.nextInt(5)) {
                    case 0 -> "a " + topic + " now";
                    case 1 -> topic.length() > 4 ? topic.substring(topic.length() - 4) : topic;
                    case 2 -> topic.toUpperCase().replace(' ', '-');
                    case 3 -> pick(TOPIC_WORDS);
                    default -> "";
                });
                done.add("topic '" + r.get("topic") + "'");
            } else {
                String name = random.nextInt(4) == 0 || goldNames().isEmpty() ? pick(UNKNOWN_NAMES)
                        : pick(goldNames());
                String stance = pick(List.of("supports", "opposes", "Supports", "OPPOSES", "backs", ""));
                String topic = pick(TOPIC_WORDS);
                f.t("stances").add("holder", personIdOf(f, name), "name", name, "stance", stance, "topic", topic);
                done.add(name + " " + stance + " " + topic);
            }
        }
        return "stances " + done;
    }

    String idMismatch(ResultFixture f) {
        String table = pick(List.of("positions", "meetings", "stances"));
        String col = idColumn(table);
        List<Map<String, String>> rows = f.t(table).rows;
        if (rows.isEmpty()) {
            return "id mismatch: empty " + table;
        }
        Map<String, String> r = pick(rows);
        return switch (random.nextInt(4)) {
            case 0 -> {
                r.put(col, freshId("person"));
                yield table + ": unknown id for " + r.get("name");
            }
            case 1 -> {
                r.put("name", "");
                yield table + ": empty name for " + r.get(col);
            }
            case 2 -> {
                r.put(col, "");
                yield table + ": empty id for " + r.get("name");
            }
            default -> {
                List<String> persons = ids(f, "persons", "person");
                if (!persons.isEmpty()) {
                    r.put(col, pick(persons));
                }
                yield table + ": id of another person for " + r.get("name");
            }
        };
    }

    String duplicateRows(ResultFixture f) {
        String table = pick(List.copyOf(f.tables.keySet()));
        List<Map<String, String>> rows = f.t(table).rows;
        int n = rows.isEmpty() ? 0 : 1 + random.nextInt(Math.min(5, rows.size()));
        for (int i = 0; i < n; i++) {
            rows.add(random.nextInt(rows.size() + 1), new LinkedHashMap<>(pick(rows)));
        }
        return "duplicate " + n + " rows of " + table;
    }

    String emptyFields(ResultFixture f) {
        String table = pick(List.copyOf(f.tables.keySet()));
        List<String> columns = f.t(table).columns;
        String col = pick(columns);
        double p = 0.1 + 0.5 * random.nextDouble();
        f.t(table).rows.forEach(r -> {
            if (random.nextDouble() < p) {
                r.put(col, random.nextInt(4) == 0 ? "  " : "");
            }
        });
        return "empty " + table + "." + col + " in " + Math.round(p * 100) + "% of rows";
    }

    String csvStyle(ResultFixture f) {
        List<String> done = new ArrayList<>();
        if (random.nextBoolean()) {
            f.lineEnd = pick(List.of("\n", "\r\n", "\r"));
            done.add("line end " + f.lineEnd.replace("\r", "\\r").replace("\n", "\\n"));
        }
        if (random.nextBoolean()) {
            f.quoteAll = true;
            done.add("all quoted");
        }
        if (random.nextInt(3) == 0) {
            f.headerPrefix = "?";
            done.add("?columns");
        }
        if (random.nextInt(3) == 0) {
            String table = pick(List.copyOf(f.tables.keySet()));
            Collections.shuffle(f.t(table).columns, random);
            done.add("columns of " + table + " shuffled");
        }
        if (random.nextInt(4) == 0) {
            String table = pick(List.copyOf(f.tables.keySet()));
            List<String> cols = f.t(table).columns;
            String col = cols.remove(random.nextInt(cols.size()));
            done.add("no column " + table + "." + col);
        }
        if (random.nextInt(4) == 0) {
            String table = pick(List.copyOf(f.tables.keySet()));
            f.t(table).columns.add("extra");
            f.t(table).rows.forEach(r -> r.put("extra", "x"));
            done.add("extra column in " + table);
        }
        if (random.nextInt(10) == 0) {
            f.bom = true;
            done.add("byte-order mark");
        }
        return "csv " + done;
    }

    String oddCharacters(ResultFixture f) {
        List<String> done = new ArrayList<>();
        for (String t : List.of("persons", "positions", "meetings", "stances")) {
            for (Map<String, String> r : f.t(t).rows) {
                if (random.nextDouble() < 0.08) {
                    String col = pick(List.copyOf(r.keySet()));
                    String v = r.get(col);
                    String odd = switch (random.nextInt(10)) {
                        case 0 -> v + ", Jr.";
                        case 1 -> "\"" + v + "\"";
                        case 2 -> v.replaceFirst(" ", "\n");
                        case 3 -> "\t" + v + " \u2003";
                        case 4 -> v.replace("i", "İ");
                        case 5 -> v + " 😀";
                        case 6 -> v.replace("ss", "ß");
                        case 7 -> v + "\u00ad";
                        case 8 -> v.replace(" ", "\r\n");
                        default -> v.replace("a", "\uff41");
                    };
                    r.put(col, odd);
                    done.add(odd);
                }
            }
        }
        return "odd characters in " + done.size() + " fields";
    }
}
