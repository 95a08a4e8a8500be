package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The term of the ITS 2.0 RDF vocabulary that NIF uses for entity linking: {@code itsrdf:taIdentRef} links a
 * mention to the entity it names. Immutable constants, safe to share.
 */
public final class ITSRDF {
    public static final String NS = "http://www.w3.org/2005/11/its/rdf#";

    public static String getURI() {
        return NS;
    }

    public static final Property taIdentRef = ResourceFactory.createProperty(NS, "taIdentRef");

    private ITSRDF() {
    }
}
