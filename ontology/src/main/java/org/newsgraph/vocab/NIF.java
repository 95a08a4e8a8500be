package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the NIF 2.0 core ontology (NLP Interchange Format) that Newsgraph uses for mentions, sentences and
 * article texts, one constant per term, named exactly after it. NIF counts offsets in Unicode code points.
 * Immutable constants, safe to share.
 */
public final class NIF {
    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    public static String getURI() {
        return NS;
    }

    public static final Resource String = ResourceFactory.createResource(NS + "String");
    public static final Resource OffsetBasedString = ResourceFactory.createResource(NS + "OffsetBasedString");
    public static final Resource Context = ResourceFactory.createResource(NS + "Context");
    public static final Resource Sentence = ResourceFactory.createResource(NS + "Sentence");
    public static final Resource Phrase = ResourceFactory.createResource(NS + "Phrase");

    public static final Property isString = ResourceFactory.createProperty(NS, "isString");
    public static final Property beginIndex = ResourceFactory.createProperty(NS, "beginIndex");
    public static final Property endIndex = ResourceFactory.createProperty(NS, "endIndex");
    public static final Property anchorOf = ResourceFactory.createProperty(NS, "anchorOf");
    public static final Property referenceContext = ResourceFactory.createProperty(NS, "referenceContext");
    public static final Property sentence = ResourceFactory.createProperty(NS, "sentence");
    public static final Property sourceUrl = ResourceFactory.createProperty(NS, "sourceUrl");

    private NIF() {
    }
}
