package org.newsgraph.lexicon;

import java.util.Optional;

/**
 * The generic lexicon of countries, cities, regions and organisations, loaded once from resource files.
 * Immutable and thread-safe. (API stub: the implementation and data are being written.)
 */
public final class Gazetteer {
    /** The gazetteer built from the project's resource files, loaded on first use. */
    public static Gazetteer standard() {
        throw new UnsupportedOperationException("Gazetteer is not written yet");
    }

    /** The entry with this key ({@code country/us}). */
    public Optional<GazetteerEntry> entry(String key) {
        throw new UnsupportedOperationException("Gazetteer is not written yet");
    }

    /** The entry one of whose names is {@code name}, compared case- and accent-insensitively ("U.S." finds the US). */
    public Optional<GazetteerEntry> byName(String name) {
        throw new UnsupportedOperationException("Gazetteer is not written yet");
    }

    /** The country of a demonym ("Turkish" finds Turkey; "Palestinian" Palestine). */
    public Optional<GazetteerEntry> byDemonym(String demonym) {
        throw new UnsupportedOperationException("Gazetteer is not written yet");
    }
}
