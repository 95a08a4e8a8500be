package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Newsgraph ontology's terms ({@code ontology/newsgraph.ttl}), one constant per term, named exactly after it.
 * Immutable constants, safe to share.
 */
public final class NG {
    public static final String NS = "https://w3id.org/newsgraph/ns#";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /** A news article, as a PROV entity. */
    public static final Resource Article = resource("Article");

    /** The id of an article: its file name without {@code .txt}. */
    public static final Property articleId = property("articleId");
    /** The file name an article was read from. */
    public static final Property fileName = property("fileName");
    /** The SHA-256 of an article's text and sidecar, hex. */
    public static final Property contentHash = property("contentHash");

    private NG() {
    }
}
