package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the Simple Event Model (SEM, <a href="http://semanticweb.cs.vu.nl/2009/11/sem/">
 * http://semanticweb.cs.vu.nl/2009/11/sem/</a>) that Newsgraph aligns its meetings to, one constant per term,
 * named exactly after it. Immutable constants, safe to share.
 */
public final class SEM {
    public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    public static String getURI() {
        return NS;
    }

    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Resource Actor = ResourceFactory.createResource(NS + "Actor");
    public static final Resource Place = ResourceFactory.createResource(NS + "Place");
    public static final Resource Role = ResourceFactory.createResource(NS + "Role");

    public static final Property hasActor = ResourceFactory.createProperty(NS, "hasActor");
    public static final Property hasPlace = ResourceFactory.createProperty(NS, "hasPlace");
    public static final Property hasTimeStamp = ResourceFactory.createProperty(NS, "hasTimeStamp");

    private SEM() {
    }
}
