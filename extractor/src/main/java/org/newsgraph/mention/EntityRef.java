package org.newsgraph.mention;

import java.util.Objects;

/**
 * A country, city, region or organisation, by its key ({@code country/us}, {@code city/ramallah},
 * {@code org/unrwa}) and display label. Keys come from the lexicons (so "US", "U.S." and "United States" share
 * one) or, for organisations the lexicons lack, from the normalised name. Equal keys mean the same real thing
 * across articles. Immutable.
 */
public record EntityRef(EntityType type, String key, String label) {
    public EntityRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
