package org.newsgraph.rdf;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** Helpers for tests that look at mapped graphs: union, stripping run timestamps, loading into TDB2. */
final class GraphTesting {
    private GraphTesting() {
    }

    /** Every triple of every graph, as the endpoint's union default graph shows them. */
    static Graph union(CorpusGraphs graphs) {
        Graph u = GraphFactory.createDefaultGraph();
        graphs.articleGraphs().values().forEach(g -> g.find().forEach(u::add));
        graphs.resolution().find().forEach(u::add);
        return u;
    }

    /** A copy without the triples that record when a run happened. */
    static Graph withoutRunTimestamps(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().filterDrop(t -> RdfGraphMapper.RUN_TIMESTAMP_PREDICATES.contains(t.getPredicate()))
                .forEach(copy::add);
        return copy;
    }

    /** The triples of a graph as a set, for exact comparison (no blank nodes, so this is isomorphism). */
    static Set<Triple> triples(Graph g) {
        return g.find().toSet();
    }

    /** An in-memory TDB2 dataset with the union default graph, holding the graphs as the store would. */
    static Dataset dataset(CorpusGraphs graphs, IriScheme iris) {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            graphs.articleGraphs().forEach((id, g) -> {
                Node name = NodeFactory.createURI(iris.articleGraph(id));
                g.find().forEach(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            });
            Node res = NodeFactory.createURI(iris.resolutionGraph());
            graphs.resolution().find().forEach(t -> dsg.add(res, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return ds;
    }
}
