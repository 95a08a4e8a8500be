package org.newsgraph.server.ld;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What a resource's machine-readable representations contain, read from the union of the served graphs: every
 * triple whose subject is the resource or one of its document's fragment IRIs ({@code IRI#...}: for an article, its
 * text as a {@code nif:Context}, its sentences and mentions, {@code IRI#char=b,e}), and every triple whose object is
 * the resource (incoming links). The same as the SPARQL query
 *
 * <pre>
 * CONSTRUCT { ?s ?p ?o } WHERE {
 *   { ?s ?p ?o FILTER (?s = &lt;IRI&gt; || STRSTARTS(STR(?s), "IRI#")) } UNION { ?s ?p ?o FILTER (?o = &lt;IRI&gt;) }
 * }
 * </pre>
 *
 * over the union default graph. The fragment IRIs are found through {@code nif:referenceContext}, as every one the
 * graph mints hangs off the article's context. Call inside a read transaction.
 */
public final class Description {
    static final Node REFERENCE_CONTEXT = NodeFactory.createURI(
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext");
    static final Node SOURCE_URL = NodeFactory.createURI(
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#sourceUrl");

    private Description() {
    }

    /** The description of {@code resource} in {@code union}, as a new in-memory graph. */
    public static Graph of(Graph union, Node resource) {
        Graph out = GraphFactory.createDefaultGraph();
        copy(union, resource, Node.ANY, out);
        union.find(Node.ANY, Node.ANY, resource).forEachRemaining(out::add);
        String prefix = resource.getURI() + "#";
        List<Node> fragments = new ArrayList<>();
        union.find(Node.ANY, SOURCE_URL, resource).forEachRemaining(t -> {
            Node ctx = t.getSubject();
            if (ctx.isURI() && ctx.getURI().startsWith(prefix)) {
                fragments.add(ctx);
                union.find(Node.ANY, REFERENCE_CONTEXT, ctx).forEachRemaining(m -> {
                    if (m.getSubject().isURI() && m.getSubject().getURI().startsWith(prefix)) {
                        fragments.add(m.getSubject());
                    }
                });
            }
        });
        for (Node f : fragments) {
            copy(union, f, Node.ANY, out);
        }
        return out;
    }

    private static void copy(Graph from, Node s, Node p, Graph to) {
        from.find(s, p, Node.ANY).forEachRemaining(to::add);
    }
}
