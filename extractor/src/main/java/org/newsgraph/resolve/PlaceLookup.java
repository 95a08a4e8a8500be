package org.newsgraph.resolve;

import java.util.Optional;
import org.newsgraph.lexicon.Gazetteer;
import org.newsgraph.lexicon.GazetteerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where resolution gets the details of a country, city, region or organisation (label, ISO code, the country a
 * city or national body belongs to) by its {@code EntityRef} key. The standard lookup is the project's
 * {@link Gazetteer}; tests inject a map. Without details, resolution uses the labels the articles give.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface PlaceLookup {
    /** The gazetteer entry with this key ({@code country/us}), if known. */
    Optional<GazetteerEntry> entry(String key);

    /** A lookup that knows nothing: every label comes from the articles. */
    static PlaceLookup none() {
        return key -> Optional.empty();
    }

    /**
     * The standard gazetteer, or {@link #none()} when it cannot be loaded. A lookup that fails for one key counts as
     * unknown for that key, so a gazetteer problem never stops a build.
     */
    static PlaceLookup gazetteer() {
        Logger log = LoggerFactory.getLogger(PlaceLookup.class);
        Gazetteer g;
        try {
            g = Gazetteer.standard();
        } catch (RuntimeException e) {
            log.warn("gazetteer not available ({}); place and organisation labels come from the articles",
                    e.getMessage());
            return none();
        }
        return key -> {
            try {
                return g.entry(key);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        };
    }
}
