package org.newsgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * What has to change in one named graph to make it equal to its target: the triples to remove and the triples to
 * add. Graphs without blank nodes are equal (isomorphic) exactly when their triple sets are equal, so the change is
 * a set difference. Literals are compared the way TDB2 stores them ({@code "+5"^^xsd:integer} is stored as
 * {@code "5"}), so a value that TDB2 writes in canonical form does not count as a change on every build. Immutable.
 */
record GraphChange(Node graph, List<Triple> remove, List<Triple> add) {
    GraphChange {
        remove = List.copyOf(remove);
        add = List.copyOf(add);
    }

    boolean isEmpty() {
        return remove.isEmpty() && add.isEmpty();
    }

    /**
     * The changes that make the named graphs of {@code dsg} equal to {@code target}: named graphs not in the target
     * are emptied; target graphs are compared triple by triple. Graphs that need no change are left out. Call inside
     * a read transaction.
     */
    static List<GraphChange> diff(DatasetGraph dsg, Map<Node, Graph> target) {
        Map<String, GraphChange> changes = new TreeMap<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!target.containsKey(g)) {
                List<Triple> all = dsg.getGraph(g).find().toList();
                if (!all.isEmpty()) {
                    changes.put(g.toString(), new GraphChange(g, all, List.of()));
                }
            }
        }
        for (Map.Entry<Node, Graph> e : target.entrySet()) {
            GraphChange c = diff(e.getKey(), dsg.getGraph(e.getKey()), e.getValue());
            if (!c.isEmpty()) {
                changes.put(e.getKey().toString(), c);
            }
        }
        return new ArrayList<>(changes.values());
    }

    static GraphChange diff(Node name, Graph stored, Graph target) {
        Map<Triple, Triple> targetByCanonical = new HashMap<>();
        target.find().forEachRemaining(t -> targetByCanonical.put(canonical(t), t));
        Set<Triple> storedCanonical = new HashSet<>();
        List<Triple> remove = new ArrayList<>();
        stored.find().forEachRemaining(t -> {
            Triple c = canonical(t);
            storedCanonical.add(c);
            if (!targetByCanonical.containsKey(c)) {
                remove.add(t);
            }
        });
        List<Triple> add = new ArrayList<>();
        targetByCanonical.forEach((c, t) -> {
            if (!storedCanonical.contains(c)) {
                add.add(t);
            }
        });
        return new GraphChange(name, remove, add);
    }

    private static Triple canonical(Triple t) {
        Node o = t.getObject();
        if (!o.isLiteral()) {
            return t;
        }
        NodeId id = NodeIdInline.inline(o);
        if (id == null) {
            return t;
        }
        Node c = NodeIdInline.extract(id);
        return c.equals(o) ? t : Triple.create(t.getSubject(), t.getPredicate(), c);
    }
}
