package org.newsgraph.lexicon;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.EntityType;

/**
 * One country, city, region, venue or organisation the gazetteer knows. Immutable.
 *
 * @param key        stable key: {@code country/us}, {@code city/ramallah}, {@code region/west-bank},
 *                   {@code org/unrwa}, {@code venue/oval-office}
 * @param type       the entity type; a venue has type CITY because it stands for its city (see {@code cityKey})
 * @param label      display label: "United States", "Ramallah", "UNRWA"
 * @param isoCode    ISO 3166-1 alpha-2 code, for countries
 * @param countryKey the country a city, region, venue or national body belongs to ({@code country/ps} for Ramallah,
 *                   {@code country/us} for the State Department); empty for countries and international bodies
 * @param names      every name and alias, as written ("United States", "US", "U.S.", "USA", "America")
 * @param demonyms   adjectives and nouns of nationality, for countries and some regions ("American"; "Turkish")
 * @param category   what kind of thing this is (a news agency, a ministry, a party, ...)
 * @param cityKey    for a country its capital; for a venue the city it stands for; for an organisation the city
 *                   it sits in (the White House: {@code city/washington}); a city-state's key where the city is
 *                   the state ({@code country/sg}); empty when unknown
 * @param instanceOf for a national body, the generic body it is of its country: the State Department is
 *                   {@code org/foreign-ministry} of the US
 * @param flags      how the name may be used in matching; see {@link Flag}
 */
public record GazetteerEntry(String key, EntityType type, String label, Optional<String> isoCode,
                             Optional<String> countryKey, List<String> names, List<String> demonyms,
                             EntryCategory category, Optional<String> cityKey, Optional<String> instanceOf,
                             Set<Flag> flags) {

    /** Matching properties of an entry. */
    public enum Flag {
        /** A kind of national body every country has ("Foreign Ministry", "Parliament"): it has no country itself. */
        GENERIC,
        /** A lesser-known namesake: its bare label is not one of its names ("Tripoli" is the Libyan city). */
        SECONDARY,
        /** Its name is also a common English word ("Nice", "Split"): not taken at the start of a sentence. */
        COMMON_WORD
    }

    public GazetteerEntry {
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** An entry with the category implied by its type and no city, instance or flags. */
    public GazetteerEntry(String key, EntityType type, String label, Optional<String> isoCode,
                          Optional<String> countryKey, List<String> names, List<String> demonyms) {
        this(key, type, label, isoCode, countryKey, names, demonyms, defaultCategory(type), Optional.empty(),
                Optional.empty(), Set.of());
    }

    /** The reference that mentions of this entry carry. */
    public EntityRef ref() {
        return new EntityRef(type, key, label);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** True for news agencies, newspapers and broadcasters. */
    public boolean isOutlet() {
        return category == EntryCategory.NEWS;
    }

    private static EntryCategory defaultCategory(EntityType type) {
        return switch (type) {
            case COUNTRY -> EntryCategory.COUNTRY;
            case CITY -> EntryCategory.CITY;
            case REGION -> EntryCategory.REGION;
            case ORGANIZATION -> EntryCategory.OTHER;
        };
    }
}
