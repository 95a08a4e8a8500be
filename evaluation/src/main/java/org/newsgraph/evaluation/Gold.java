package org.newsgraph.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The gold facts a graph is scored against: what a careful reader takes from a set of articles (see
 * {@code shared/eval/README.md}). Loaded from a corpus-level file like {@code seeds-gold.json}, or from a folder of
 * per-article files merged exactly as score.py's {@code load_gold} merges them: files in name order, persons merged by
 * canonical name with the union of their aliases (sorted), every other list concatenated, {@code places} updated
 * file after file. Immutable, thread-safe.
 *
 * <pre>{@code
 * Gold seeds = Gold.load(Path.of("seeds/seeds-gold.json"));
 * Gold dev = Gold.load(Path.of("../shared/eval/dev/gold"));
 * }</pre>
 *
 * <p>Absent optional keys take score.py's defaults. Where score.py would stop with a Python error on a malformed
 * file (a person without a name, a list that is {@code null}), loading fails with an {@link EvaluationException}
 * naming the file and the entry.
 */
public final class Gold {
    /** A person: canonical name and the surface forms that also name them. */
    public record Person(String name, List<String> aliases) {
        public Person {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A position held. {@code roleAliases} is empty when absent; {@code of} is {@code null} when the text never names
     * the country or body (any organisation then matches).
     */
    public record Position(String person, String role, List<String> roleAliases, String of) {
        public Position {
            roleAliases = List.copyOf(roleAliases);
        }
    }

    /**
     * A meeting (held, planned or not held, by the list it is in). {@code date} and {@code place} may be
     * {@code null}; {@code placeOk} lists other places that are also accepted; {@code optional} marks a contact
     * neither credited nor penalised.
     */
    public record Meeting(List<String> participants, String date, String place, List<String> placeOk,
                          boolean optional) {
        public Meeting {
            participants = List.copyOf(participants);
            placeOk = List.copyOf(placeOk);
        }

        Meeting withPlace(String newPlace) {
            return new Meeting(participants, date, newPlace, placeOk, optional);
        }
    }

    /**
     * A stance: holder, {@code supports}/{@code opposes}, topic. {@code topicWords} is {@code null} when the file has
     * none, and the topic itself is then the only word.
     */
    public record Stance(String holder, String stance, String topic, List<String> topicWords) {
        public Stance {
            topicWords = topicWords == null ? null : List.copyOf(topicWords);
        }

        /** The words a system topic is matched against: {@code topic_words}, or the topic. */
        public List<String> words() {
            return topicWords != null ? topicWords : Collections.singletonList(topic);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Person> persons;
    private final List<Position> positions;
    private final List<Meeting> meetings;
    private final List<Meeting> plannedMeetings;
    private final List<Meeting> nonMeetings;
    private final List<Stance> stances;
    private final List<List<String>> optionalPairs;
    private final List<String> ignorePersons;
    private final Map<String, List<String>> places;

    public Gold(List<Person> persons, List<Position> positions, List<Meeting> meetings, List<Meeting> plannedMeetings,
                List<Meeting> nonMeetings, List<Stance> stances, List<List<String>> optionalPairs,
                List<String> ignorePersons, Map<String, List<String>> places) {
        this.persons = List.copyOf(persons);
        this.positions = List.copyOf(positions);
        this.meetings = List.copyOf(meetings);
        this.plannedMeetings = List.copyOf(plannedMeetings);
        this.nonMeetings = List.copyOf(nonMeetings);
        this.stances = List.copyOf(stances);
        this.optionalPairs = optionalPairs.stream().map(List::copyOf).toList();
        this.ignorePersons = List.copyOf(ignorePersons);
        Map<String, List<String>> p = new LinkedHashMap<>();
        places.forEach((k, v) -> p.put(k, List.copyOf(v)));
        this.places = Collections.unmodifiableMap(p);
    }

    public List<Person> persons() {
        return persons;
    }

    public List<Position> positions() {
        return positions;
    }

    /** Meetings that happened, including the optional ones. */
    public List<Meeting> meetings() {
        return meetings;
    }

    public List<Meeting> plannedMeetings() {
        return plannedMeetings;
    }

    /** Contacts the text says did not happen: cancelled, refused, denied. */
    public List<Meeting> nonMeetings() {
        return nonMeetings;
    }

    public List<Stance> stances() {
        return stances;
    }

    public List<List<String>> optionalPairs() {
        return optionalPairs;
    }

    /** Names (bylines, credits) that count neither way. */
    public List<String> ignorePersons() {
        return ignorePersons;
    }

    /** Place or body name to its aliases. */
    public Map<String, List<String>> places() {
        return places;
    }

    /** Reads a corpus-level gold file, or a folder of per-article gold files ({@code *.json}, merged). */
    public static Gold load(Path fileOrDir) {
        if (Files.isDirectory(fileOrDir)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(fileOrDir)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .sorted((a, b) -> PyText.compareCodePoints(a.getFileName().toString(),
                                b.getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list gold folder " + fileOrDir, e);
            }
            Merger merger = new Merger();
            for (Path f : files) {
                merger.add(new Reader(f.toString(), readTree(f)));
            }
            return merger.gold();
        }
        return corpus(new Reader(fileOrDir.toString(), readTree(fileOrDir)));
    }

    /** Parses the JSON text of a corpus-level gold file; {@code source} names it in error messages. */
    public static Gold parse(String json, String source) {
        try {
            return corpus(new Reader(source, JSON.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new EvaluationException("gold " + source + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode readTree(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new EvaluationException("gold " + file + ": not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
    }

    private static Gold corpus(Reader r) {
        for (String key : List.of("persons", "positions", "meetings")) {
            if (!r.root.has(key)) {
                throw r.problem("has no \"" + key + "\" (a gold folder must be given as a folder)");
            }
        }
        Map<String, List<String>> places = new LinkedHashMap<>();
        r.places(places);
        return new Gold(r.persons(), r.positions(), r.meetings("meetings"), r.meetings("planned_meetings"),
                r.meetings("non_meetings"), r.stances(), r.pairs(), r.strings(r.root, "ignore_persons", "ignore_persons"),
                places);
    }

    /** score.py's load_gold for a folder. */
    private static final class Merger {
        private final Map<String, TreeSet<String>> persons = new LinkedHashMap<>();
        private final List<Position> positions = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Meeting> planned = new ArrayList<>();
        private final List<Meeting> nonMeetings = new ArrayList<>();
        private final List<Stance> stances = new ArrayList<>();
        private final List<List<String>> optionalPairs = new ArrayList<>();
        private final List<String> ignorePersons = new ArrayList<>();
        private final Map<String, List<String>> places = new LinkedHashMap<>();

        void add(Reader r) {
            for (Person p : r.persons()) {
                persons.computeIfAbsent(p.name(), k -> new TreeSet<>(PyText::compareCodePoints)).addAll(p.aliases());
            }
            positions.addAll(r.positions());
            meetings.addAll(r.meetings("meetings"));
            planned.addAll(r.meetings("planned_meetings"));
            nonMeetings.addAll(r.meetings("non_meetings"));
            stances.addAll(r.stances());
            optionalPairs.addAll(r.pairs());
            ignorePersons.addAll(r.strings(r.root, "ignore_persons", "ignore_persons"));
            r.places(places);
        }

        Gold gold() {
            List<Person> people = new ArrayList<>();
            persons.forEach((name, aliases) -> people.add(new Person(name, new ArrayList<>(aliases))));
            return new Gold(people, positions, meetings, planned, nonMeetings, stances, optionalPairs, ignorePersons,
                    places);
        }
    }

    /** Reads the parts of one gold JSON object, with score.py's defaults for absent keys. */
    private static final class Reader {
        final String source;
        final JsonNode root;

        Reader(String source, JsonNode root) {
            this.source = source;
            this.root = root;
            if (root == null || !root.isObject()) {
                throw problem("is not a JSON object");
            }
        }

        EvaluationException problem(String what) {
            return new EvaluationException("gold " + source + ": " + what);
        }

        List<JsonNode> entries(String key) {
            JsonNode n = root.get(key);
            if (n == null) {
                return List.of();
            }
            if (!n.isArray()) {
                throw problem("\"" + key + "\" is not a list");
            }
            List<JsonNode> out = new ArrayList<>();
            n.forEach(out::add);
            return out;
        }

        /** A string value; {@code null} when absent or JSON null (Python's None). */
        String text(JsonNode obj, String key, String where) {
            JsonNode n = obj.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isTextual()) {
                throw problem(where + "." + key + " is not a string: " + n);
            }
            return n.textValue();
        }

        String required(JsonNode obj, String key, String where) {
            if (!obj.has(key)) {
                throw problem(where + " has no \"" + key + "\"");
            }
            return text(obj, key, where);
        }

        /** A list of strings; empty when absent. */
        List<String> strings(JsonNode obj, String key, String where) {
            JsonNode n = obj.get(key);
            if (n == null) {
                return List.of();
            }
            return stringList(n, where + "." + key);
        }

        List<String> stringList(JsonNode n, String where) {
            if (!n.isArray()) {
                throw problem(where + " is not a list of strings: " + n);
            }
            List<String> out = new ArrayList<>();
            for (JsonNode x : n) {
                if (!x.isTextual()) {
                    throw problem(where + " holds a value that is not a string: " + x);
                }
                out.add(x.textValue());
            }
            return out;
        }

        JsonNode object(JsonNode n, String where) {
            if (!n.isObject()) {
                throw problem(where + " is not an object: " + n);
            }
            return n;
        }

        List<Person> persons() {
            List<Person> out = new ArrayList<>();
            List<JsonNode> list = entries("persons");
            for (int i = 0; i < list.size(); i++) {
                String where = "persons[" + i + "]";
                JsonNode p = object(list.get(i), where);
                String name = required(p, "name", where);
                if (name == null) {
                    throw problem(where + ".name is null");
                }
                out.add(new Person(name, strings(p, "aliases", where)));
            }
            return out;
        }

        List<Position> positions() {
            List<Position> out = new ArrayList<>();
            List<JsonNode> list = entries("positions");
            for (int i = 0; i < list.size(); i++) {
                String where = "positions[" + i + "]";
                JsonNode p = object(list.get(i), where);
                JsonNode aliases = p.get("role_aliases");
                List<String> roleAliases = aliases == null || aliases.isNull() ? List.of()
                        : stringList(aliases, where + ".role_aliases");
                out.add(new Position(required(p, "person", where), required(p, "role", where), roleAliases,
                        text(p, "of", where)));
            }
            return out;
        }

        List<Meeting> meetings(String key) {
            List<Meeting> out = new ArrayList<>();
            List<JsonNode> list = entries(key);
            for (int i = 0; i < list.size(); i++) {
                String where = key + "[" + i + "]";
                JsonNode m = object(list.get(i), where);
                JsonNode participants = m.get("participants");
                if (participants == null) {
                    throw problem(where + " has no \"participants\"");
                }
                out.add(new Meeting(stringList(participants, where + ".participants"), text(m, "date", where),
                        text(m, "place", where), strings(m, "place_ok", where), truthy(m.get("optional"))));
            }
            return out;
        }

        List<Stance> stances() {
            List<Stance> out = new ArrayList<>();
            List<JsonNode> list = entries("stances");
            for (int i = 0; i < list.size(); i++) {
                String where = "stances[" + i + "]";
                JsonNode s = object(list.get(i), where);
                JsonNode words = s.get("topic_words");
                out.add(new Stance(required(s, "holder", where), required(s, "stance", where),
                        required(s, "topic", where), words == null ? null : stringList(words, where + ".topic_words")));
            }
            return out;
        }

        List<List<String>> pairs() {
            List<List<String>> out = new ArrayList<>();
            List<JsonNode> list = entries("optional_pairs");
            for (int i = 0; i < list.size(); i++) {
                out.add(stringList(list.get(i), "optional_pairs[" + i + "]"));
            }
            return out;
        }

        void places(Map<String, List<String>> into) {
            JsonNode n = root.get("places");
            if (n == null) {
                return;
            }
            if (!n.isObject()) {
                throw problem("\"places\" is not an object");
            }
            n.properties().forEach(e -> into.put(e.getKey(), stringList(e.getValue(), "places." + e.getKey())));
        }

        /** Python truthiness of a JSON value. */
        static boolean truthy(JsonNode n) {
            if (n == null || n.isNull()) {
                return false;
            }
            if (n.isBoolean()) {
                return n.booleanValue();
            }
            if (n.isNumber()) {
                return n.doubleValue() != 0;
            }
            if (n.isTextual()) {
                return !n.textValue().isEmpty();
            }
            return n.size() > 0;
        }
    }
}
