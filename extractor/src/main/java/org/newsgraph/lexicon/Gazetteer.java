package org.newsgraph.lexicon;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * The generic lexicon of countries, cities, regions, venues and organisations, loaded once from the resource
 * files beside this class ({@code countries.txt}, {@code cities.txt}, {@code regions.txt}, {@code venues.txt},
 * {@code organisations.txt}; each says where its list comes from and its format). Immutable and thread-safe: one
 * instance serves every thread.
 *
 * <p>Names are compared on words with accents, dots, hyphens and apostrophes ignored ("Türkiye" = "Turkiye",
 * "U.S." = "U. S."); title-case words also match in capitals ("AQABA, JORDAN") but never in lower case;
 * acronyms and mixed-case words match only as listed, so "us" is never the United States and "AP" is not "ap".
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.byName("U.S.").get().key();            // country/us
 * g.byDemonym("Turkish").get().label();    // Turkey
 * g.findNames(text, tokenSpans);           // longest matches in a sentence
 * }</pre>
 */
public final class Gazetteer {
    private final Map<String, GazetteerEntry> entries;
    private final NameTrie names;
    private final Map<String, String> metonyms;
    private final Map<String, String> instances;
    private final Map<String, String> namesakes;

    Gazetteer(Map<String, GazetteerEntry> entries, NameTrie names, Map<String, String> metonyms,
              Map<String, String> instances, Map<String, String> namesakes) {
        this.entries = Map.copyOf(entries);
        this.names = names;
        this.metonyms = Map.copyOf(metonyms);
        this.instances = Map.copyOf(instances);
        this.namesakes = Map.copyOf(namesakes);
    }

    /** The gazetteer built from the project's resource files, loaded on first use. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Gazetteer STANDARD = GazetteerLoader.loadStandard();
    }

    /** The entry with this key ({@code country/us}). */
    public Optional<GazetteerEntry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Every entry, in no particular order. */
    public Collection<GazetteerEntry> entries() {
        return entries.values();
    }

    /**
     * The entry one of whose names is {@code name}, compared case- and accent-insensitively ("U.S." finds the US,
     * "turkiye" Turkey), with a leading "the" ignored. Acronyms must be written as listed: "us" finds nothing.
     * When two entries share a name, the better-known one is found (Tripoli is the Libyan capital).
     */
    public Optional<GazetteerEntry> byName(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip();
        GazetteerEntry e = names.lookup(n, false);
        if (e == null && n.regionMatches(true, 0, "the ", 0, 4)) {
            e = names.lookup(n.substring(4).strip(), false);
        }
        return Optional.ofNullable(e);
    }

    /** The country (or region) of a demonym ("Turkish" finds Turkey; "Palestinian" Palestine; "Kurdish" Kurdistan). */
    public Optional<GazetteerEntry> byDemonym(String demonym) {
        Objects.requireNonNull(demonym, "demonym");
        return Optional.ofNullable(names.lookup(demonym.strip(), true));
    }

    /**
     * What a place or body stands for when the news uses it for a government: "Washington" (city/washington) for the
     * United States, "Kremlin" (org/kremlin) for Russia, "Brussels" for the European Union.
     */
    public Optional<GazetteerEntry> standsFor(String key) {
        return Optional.ofNullable(metonyms.get(key)).map(entries::get);
    }

    /**
     * The national body that is a generic body of a country: ({@code org/foreign-ministry}, {@code country/us})
     * gives the State Department. Empty when the gazetteer lists no such body for that country.
     */
    public Optional<GazetteerEntry> instance(String genericKey, String countryKey) {
        return Optional.ofNullable(instances.get(genericKey + "|" + countryKey)).map(entries::get);
    }

    /**
     * The entry of another country that has the same label: ("Georgia", {@code country/us}) gives the U.S. state,
     * ("Tripoli", {@code country/lb}) the Lebanese city. Used to read "Atlanta, Georgia".
     */
    public Optional<GazetteerEntry> namesake(String label, String countryKey) {
        return Optional.ofNullable(namesakes.get(TextUnits.fold(label) + "|" + countryKey)).map(entries::get);
    }

    /**
     * The gazetteer names and demonyms in a sentence: greedy longest matches, left to right, never overlapping.
     * Matches may lie inside tokens ("Israel" and "Hamas" in "Israel-Hamas"). A name that is also a common word
     * ("Nice") is not taken as the first word of the sentence; in a sentence written in capitals, short acronyms
     * ("US", "IS", "WHO") are not taken.
     *
     * @param text   the article text
     * @param tokens the spans of the sentence's tokens, in order
     */
    public List<NameMatch> findNames(CharSequence text, List<Span> tokens) {
        return names.scan(text, tokens);
    }

    /** Names listed for more than one entry; the first listed wins. For reviewing the lexicon files. */
    List<String> duplicateNames() {
        return names.duplicates();
    }
}
