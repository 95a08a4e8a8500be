package org.newsgraph.lexicon;

import java.util.List;
import java.util.Optional;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.EntityType;

/**
 * One country, city, region or organisation the gazetteer knows. Immutable.
 *
 * @param key        stable key: {@code country/us}, {@code city/ramallah}, {@code region/west-bank},
 *                   {@code org/unrwa}
 * @param label      display label: "United States", "Ramallah", "UNRWA"
 * @param isoCode    ISO 3166-1 alpha-2 code, for countries
 * @param countryKey the country a city, region or national body belongs to ({@code country/ps} for Ramallah,
 *                   {@code country/us} for the State Department)
 * @param names      every name and alias, as written ("United States", "US", "U.S.", "USA", "America")
 * @param demonyms   adjectives and nouns of nationality, for countries ("American"; "Turkish")
 */
public record GazetteerEntry(String key, EntityType type, String label, Optional<String> isoCode,
                             Optional<String> countryKey, List<String> names, List<String> demonyms) {
    public GazetteerEntry {
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
    }

    public EntityRef ref() {
        return new EntityRef(type, key, label);
    }
}
