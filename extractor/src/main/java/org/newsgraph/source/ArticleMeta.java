package org.newsgraph.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a crawler's sidecar {@code NAME.meta.json} says about an article: {@code published}, {@code url},
 * {@code source} (the outlet) and {@code title}. Every field is optional. Immutable.
 */
public record ArticleMeta(Optional<LocalDate> published, Optional<String> url, Optional<String> source,
                          Optional<String> title) {
    public static final ArticleMeta NONE = new ArticleMeta(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
}
