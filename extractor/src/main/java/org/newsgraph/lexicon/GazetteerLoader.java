package org.newsgraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.NewsgraphException;
import org.newsgraph.lexicon.GazetteerEntry.Flag;
import org.newsgraph.mention.EntityType;
import org.newsgraph.rdf.IriScheme;

/**
 * Reads the lexicon resource files into a {@link Gazetteer}, checking every cross-reference (a city's country,
 * a country's capital, an organisation's seat) and failing with the file and line of the first bad one.
 */
final class GazetteerLoader {
    private static final String[] FILES = {"countries.txt", "cities.txt", "regions.txt", "venues.txt",
            "organisations.txt"};

    /** One data line of a lexicon file, split into trimmed fields (missing trailing fields are empty). */
    private record Row(String file, int line, String[] fields) {
        String get(int i) {
            return i < fields.length ? fields[i] : "";
        }

        List<String> list(int i) {
            List<String> out = new ArrayList<>();
            for (String s : get(i).split("\\|")) {
                if (!s.isBlank() && !out.contains(s.strip())) {
                    out.add(s.strip());
                }
            }
            return out;
        }

        NewsgraphException error(String message) {
            return new NewsgraphException("lexicon file " + file + ", line " + line + ": " + message);
        }
    }

    private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> cityByLabelAndCountry = new HashMap<>();
    private final Map<String, String> cityByLabel = new HashMap<>();
    private final Map<String, String> countryByIso = new HashMap<>();
    private final Map<String, List<String>> metonymNames = new LinkedHashMap<>();

    private GazetteerLoader() {
    }

    static Gazetteer loadStandard() {
        Map<String, List<Row>> rows = new HashMap<>();
        for (String file : FILES) {
            rows.put(file, read(file));
        }
        return new GazetteerLoader().build(rows);
    }

    private Gazetteer build(Map<String, List<Row>> rows) {
        List<Row> countries = rows.get("countries.txt");
        for (Row r : countries) {
            String iso = r.get(0);
            if (!iso.matches("[A-Z]{2}")) {
                throw r.error("country code must be two capital letters: \"" + iso + "\"");
            }
            if (countryByIso.put(iso, "country/" + iso.toLowerCase(Locale.ROOT)) != null) {
                throw r.error("country code " + iso + " is listed twice");
            }
        }
        List<GazetteerEntry> cities = new ArrayList<>();
        for (Row r : rows.get("cities.txt")) {
            cities.add(place(r, EntityType.CITY, EntryCategory.CITY, "city/", r.get(1), r.list(2), List.of(), r.get(3)));
        }
        List<GazetteerEntry> regions = new ArrayList<>();
        for (Row r : rows.get("regions.txt")) {
            regions.add(place(r, EntityType.REGION, EntryCategory.REGION, "region/", r.get(1), r.list(2), r.list(3),
                    r.get(4)));
        }
        List<GazetteerEntry> countryEntries = new ArrayList<>();
        for (Row r : countries) {
            String iso = r.get(0);
            String key = countryByIso.get(iso);
            List<String> names = new ArrayList<>();
            names.add(r.get(1));
            names.addAll(r.list(2));
            Optional<String> capital = Optional.empty();
            if (!r.get(4).isEmpty()) {
                String city = cityByLabelAndCountry.get(TextUnits.fold(r.get(4)) + "|" + key);
                if (city == null) {
                    throw r.error("capital \"" + r.get(4) + "\" of " + iso + " is not a city of " + iso + " in cities.txt");
                }
                capital = Optional.of(city);
            }
            GazetteerEntry e = new GazetteerEntry(key, EntityType.COUNTRY, r.get(1), Optional.of(iso), Optional.empty(),
                    dedupe(names), r.list(3), EntryCategory.COUNTRY, capital, Optional.empty(), Set.of());
            put(r, e);
            countryEntries.add(e);
            metonymNames.put(key, r.list(5));
        }
        List<GazetteerEntry> venues = new ArrayList<>();
        for (Row r : rows.get("venues.txt")) {
            String country = country(r, r.get(2));
            String city = seat(r, r.get(1), country);
            List<String> names = new ArrayList<>();
            names.add(r.get(0));
            names.addAll(r.list(3));
            GazetteerEntry e = new GazetteerEntry("venue/" + IriScheme.slug(r.get(0)), EntityType.CITY, r.get(0),
                    Optional.empty(), Optional.of(country), dedupe(names), List.of(), EntryCategory.VENUE,
                    Optional.of(city), Optional.empty(), Set.of());
            put(r, e);
            venues.add(e);
        }
        List<GazetteerEntry> orgs = new ArrayList<>();
        Map<String, String> instanceOf = new HashMap<>();
        for (Row r : rows.get("organisations.txt")) {
            String slug = r.get(0);
            if (!slug.equals(IriScheme.slug(slug))) {
                throw r.error("organisation slug must be lower-case letters, digits and hyphens: \"" + slug + "\"");
            }
            EntryCategory category;
            try {
                category = EntryCategory.valueOf(r.get(2));
            } catch (IllegalArgumentException ex) {
                throw r.error("unknown category \"" + r.get(2) + "\"; one of " + Arrays.toString(EntryCategory.values()));
            }
            Optional<String> country = r.get(3).isEmpty() ? Optional.empty() : Optional.of(country(r, r.get(3)));
            Optional<String> city = r.get(5).isEmpty() ? Optional.empty()
                    : Optional.of(seat(r, r.get(5), country.orElse("")));
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            Optional<String> instance = Optional.empty();
            List<String> metonyms = new ArrayList<>();
            for (String flag : r.get(6).split("\\s+")) {
                if (flag.isEmpty()) {
                    continue;
                }
                if (flag.equals("generic")) {
                    flags.add(Flag.GENERIC);
                } else if (flag.startsWith("is:")) {
                    instance = Optional.of("org/" + flag.substring(3));
                } else if (flag.startsWith("metonym:")) {
                    metonyms.add(flag.substring(8).replace('_', ' '));
                } else {
                    throw r.error("unknown flag \"" + flag + "\"");
                }
            }
            List<String> names = new ArrayList<>();
            names.add(r.get(1));
            names.addAll(r.list(4));
            GazetteerEntry e = new GazetteerEntry("org/" + slug, EntityType.ORGANIZATION, r.get(1), Optional.empty(),
                    country, dedupe(names), List.of(), category, city, instance, flags);
            put(r, e);
            orgs.add(e);
            instance.ifPresent(i -> instanceOf.put(e.key(), i));
            if (!metonyms.isEmpty()) {
                metonymNames.put(e.key(), metonyms);
            }
        }
        for (Map.Entry<String, String> i : instanceOf.entrySet()) {
            GazetteerEntry generic = entries.get(i.getValue());
            if (generic == null || !generic.has(Flag.GENERIC)) {
                throw new NewsgraphException("lexicon file organisations.txt: " + i.getKey() + " is:" + i.getValue()
                        + " names no generic body");
            }
        }

        NameTrie trie = new NameTrie();
        for (List<GazetteerEntry> group : List.of(countryEntries, regions, cities, venues, orgs)) {
            for (GazetteerEntry e : group) {
                for (String name : e.names()) {
                    trie.add(name, e, false);
                }
            }
        }
        for (List<GazetteerEntry> group : List.of(countryEntries, regions)) {
            for (GazetteerEntry e : group) {
                for (String demonym : e.demonyms()) {
                    trie.add(demonym, e, true);
                }
            }
        }

        Map<String, String> metonyms = new HashMap<>();
        for (Map.Entry<String, List<String>> m : metonymNames.entrySet()) {
            for (String name : m.getValue()) {
                GazetteerEntry place = trie.lookup(name, false);
                if (place == null) {
                    throw new NewsgraphException("lexicon: metonym \"" + name + "\" of " + m.getKey()
                            + " is not a name in the lexicon");
                }
                if (!place.key().equals(m.getKey())) {
                    metonyms.putIfAbsent(place.key(), m.getKey());
                }
            }
        }
        Map<String, String> instances = new HashMap<>();
        for (GazetteerEntry e : orgs) {
            if (e.instanceOf().isPresent() && e.countryKey().isPresent()) {
                instances.putIfAbsent(e.instanceOf().get() + "|" + e.countryKey().get(), e.key());
            }
        }
        Map<String, String> namesakes = new HashMap<>();
        for (List<GazetteerEntry> group : List.of(countryEntries, cities, regions)) {
            for (GazetteerEntry e : group) {
                String country = e.countryKey().orElse(e.key());
                namesakes.putIfAbsent(TextUnits.fold(e.label()) + "|" + country, e.key());
            }
        }
        return new Gazetteer(entries, trie, metonyms, instances, namesakes);
    }

    private GazetteerEntry place(Row r, EntityType type, EntryCategory category, String prefix, String iso,
                                 List<String> otherNames, List<String> demonyms, String flagField) {
        Optional<String> country = iso.isEmpty() ? Optional.empty() : Optional.of(country(r, iso));
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String flag : flagField.split("\\s+")) {
            switch (flag) {
                case "" -> { }
                case "secondary" -> flags.add(Flag.SECONDARY);
                case "common" -> flags.add(Flag.COMMON_WORD);
                default -> throw r.error("unknown flag \"" + flag + "\"");
            }
        }
        String label = r.get(0);
        if (label.isEmpty()) {
            throw r.error("no label");
        }
        String key = prefix + IriScheme.slug(label);
        if (flags.contains(Flag.SECONDARY) || entries.containsKey(key)) {
            key = key + "-" + iso.toLowerCase(Locale.ROOT);
        }
        List<String> names = new ArrayList<>();
        if (!flags.contains(Flag.SECONDARY)) {
            names.add(label);
        }
        names.addAll(otherNames);
        GazetteerEntry e = new GazetteerEntry(key, type, label, Optional.empty(), country, dedupe(names), demonyms,
                category, Optional.empty(), Optional.empty(), flags);
        put(r, e);
        if (type == EntityType.CITY) {
            cityByLabelAndCountry.putIfAbsent(TextUnits.fold(label) + "|" + country.orElse(""), key);
            if (!flags.contains(Flag.SECONDARY)) {
                cityByLabel.putIfAbsent(TextUnits.fold(label), key);
            }
        }
        return e;
    }

    private String country(Row r, String iso) {
        String key = countryByIso.get(iso);
        if (key == null) {
            throw r.error("country code \"" + iso + "\" is not in countries.txt");
        }
        return key;
    }

    /** A seat or venue city: the city of that label in the country, else the best-known one, else a city-state. */
    private String seat(Row r, String label, String countryKey) {
        String fold = TextUnits.fold(label);
        String key = cityByLabelAndCountry.get(fold + "|" + countryKey);
        if (key == null) {
            key = cityByLabel.get(fold);
        }
        if (key == null) {
            for (Map.Entry<String, String> c : countryByIso.entrySet()) {
                GazetteerEntry country = entries.get(c.getValue());
                if (country != null && country.names().stream().anyMatch(n -> TextUnits.fold(n).equals(fold))) {
                    key = country.key();
                }
            }
        }
        if (key == null) {
            throw r.error("city \"" + label + "\" is not in cities.txt");
        }
        return key;
    }

    private void put(Row r, GazetteerEntry e) {
        if (entries.putIfAbsent(e.key(), e) != null) {
            throw r.error("key " + e.key() + " is listed twice");
        }
    }

    private static List<String> dedupe(List<String> names) {
        return List.copyOf(new LinkedHashSet<>(names));
    }

    private static List<Row> read(String file) {
        InputStream in = GazetteerLoader.class.getResourceAsStream(file);
        if (in == null) {
            throw new NewsgraphException("lexicon file " + file + " is missing from the classpath (package "
                    + GazetteerLoader.class.getPackageName() + ")");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] fields = t.split(";", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(new Row(file, n, fields));
            }
        } catch (IOException e) {
            throw new NewsgraphException("lexicon file " + file + " could not be read", e);
        }
        return rows;
    }
}
