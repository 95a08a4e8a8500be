package org.newsgraph.server.ld;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations a resource is served in: an HTML page, or its description as Turtle, JSON-LD, N-Triples or
 * RDF/XML. Each has its media type, the names {@code ?format=} accepts, and the file suffix that selects it.
 */
public enum Format {
    HTML("text/html", null, "html", "htm"),
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY, "ttl", "turtle"),
    JSONLD("application/ld+json", RDFFormat.JSONLD11, "jsonld", "json-ld", "json"),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES_UTF8, "nt", "ntriples", "n-triples"),
    RDFXML("application/rdf+xml", RDFFormat.RDFXML_PLAIN, "rdf", "xml", "rdfxml");

    private final String mediaType;
    private final RDFFormat rdf;
    private final String[] names;

    Format(String mediaType, RDFFormat rdf, String... names) {
        this.mediaType = mediaType;
        this.rdf = rdf;
        this.names = names;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Jena writer format; {@code null} for HTML. */
    public RDFFormat rdf() {
        return rdf;
    }

    /** The suffix that selects this format on a resource path ({@code ttl} for {@code /id/person/x.ttl}). */
    public String suffix() {
        return names[0];
    }

    /** The format named by a {@code ?format=} value or a suffix, case ignored. */
    public static Optional<Format> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            for (String s : f.names) {
                if (s.equals(n)) {
                    return Optional.of(f);
                }
            }
            if (f.mediaType.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
