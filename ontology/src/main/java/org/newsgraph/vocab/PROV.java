package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of W3C PROV-O (<a href="https://www.w3.org/TR/prov-o/">https://www.w3.org/TR/prov-o/</a>) that Newsgraph
 * uses, one constant per term, named exactly after it. Immutable constants, safe to share.
 */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static String getURI() {
        return NS;
    }

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS, "wasAssociatedWith");
    public static final Property used = ResourceFactory.createProperty(NS, "used");
    public static final Property endedAtTime = ResourceFactory.createProperty(NS, "endedAtTime");
    public static final Property hadPrimarySource = ResourceFactory.createProperty(NS, "hadPrimarySource");

    private PROV() {
    }
}
