package org.newsgraph.store;

import java.util.Locale;

/**
 * The formats {@link KnowledgeStore#export} writes. {@link #TURTLE} and {@link #NTRIPLES} hold the merged graph (the
 * union of every article graph and the resolution graph, what the SPARQL endpoint queries); {@link #TRIG},
 * {@link #NQUADS} and {@link #JSONLD} keep the named graphs, so each statement stays with the article that made it.
 */
public enum ExportFormat {
    TURTLE("ttl"), NTRIPLES("nt"), TRIG("trig"), NQUADS("nq"), JSONLD("jsonld");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format named {@code name}, in any case: turtle, ntriples, trig, nquads, jsonld. */
    public static ExportFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        } catch (IllegalArgumentException e) {
            throw new StoreException("unknown export format \"" + name
                    + "\": use turtle, ntriples, trig, nquads or jsonld");
        }
    }
}
