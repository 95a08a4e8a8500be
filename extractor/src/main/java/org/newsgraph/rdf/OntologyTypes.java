package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.NewsgraphOntology;

/**
 * The rdf:type triples for a node of an ng: class: the class itself and its direct superclasses as the ontology
 * states them (ng:Person also gets schema:Person, foaf:Person and sem:Actor), so that consumers without a reasoner
 * find nodes by the standard vocabularies too. Read once from the ontology jar, so the ontology stays the one place
 * the alignment is written. Immutable, thread-safe.
 */
final class OntologyTypes {
    private static final Node TYPE = RDF.type.asNode();
    private static final Map<Node, List<Node>> SUPERS = load();

    private OntologyTypes() {
    }

    private static Map<Node, List<Node>> load() {
        Graph ontology = NewsgraphOntology.ontology();
        Map<Node, List<Node>> supers = new HashMap<>();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach((Triple t) -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NG.NS) && t.getObject().isURI()) {
                supers.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        supers.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(supers);
    }

    /** Adds {@code node rdf:type cls} and the direct superclasses of cls. */
    static void type(Graph g, Node node, Node cls) {
        g.add(node, TYPE, cls);
        for (Node sup : SUPERS.getOrDefault(cls, List.of())) {
            g.add(node, TYPE, sup);
        }
    }
}
