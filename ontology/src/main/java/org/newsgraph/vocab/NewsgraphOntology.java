package org.newsgraph.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology ({@code newsgraph.ttl}) and the SHACL shapes ({@code shapes.ttl}) as shipped in this jar under
 * {@code org/newsgraph/ontology/}. Each call parses a fresh graph the caller may change. Thread-safe.
 *
 * <pre>{@code
 * Graph shapes = NewsgraphOntology.shapes();  // then ShaclValidator.get().validate(shapes, dataGraph)
 * }</pre>
 */
public final class NewsgraphOntology {
    /** The classpath resource of the ontology. */
    public static final String ONTOLOGY_RESOURCE = "org/newsgraph/ontology/newsgraph.ttl";
    /** The classpath resource of the SHACL shapes every built graph passes. */
    public static final String SHAPES_RESOURCE = "org/newsgraph/ontology/shapes.ttl";

    /** The ontology graph. */
    public static Graph ontology() {
        return load(ONTOLOGY_RESOURCE);
    }

    /** The SHACL shapes graph. */
    public static Graph shapes() {
        return load(SHAPES_RESOURCE);
    }

    private static Graph load(String resource) {
        try (InputStream in = NewsgraphOntology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource + " is missing from the ontology jar");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(NG.NS).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("reading classpath resource " + resource, e);
        }
    }

    private NewsgraphOntology() {
    }
}
