package org.newsgraph.resolve;

import java.util.Optional;
import org.newsgraph.mention.EntityType;

/**
 * One country, city, region or organisation, by its {@code EntityRef} key. Immutable.
 *
 * @param label      the gazetteer's label, else the label most articles give
 * @param isoCode    the ISO 3166-1 alpha-2 code, for countries the gazetteer knows
 * @param countryKey the country a city, region or national body belongs to, when the gazetteer knows it
 */
public record ResolvedEntity(String key, EntityType type, String label, Optional<String> isoCode,
                             Optional<String> countryKey) {
    /** The country this is or lies in: its own key for a country, else its country key. */
    public Optional<String> country() {
        return type == EntityType.COUNTRY ? Optional.of(key) : countryKey;
    }

    /** How specific a place is: city 3, region 2, organisation 1, country 0. */
    public int specificity() {
        return switch (type) {
            case CITY -> 3;
            case REGION -> 2;
            case ORGANIZATION -> 1;
            case COUNTRY -> 0;
        };
    }
}
