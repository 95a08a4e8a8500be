package org.newsgraph.server.view;

import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.vocab.NewsgraphOntology;

/**
 * The served dataset as the pages read it: {@link #read} runs a function with a {@link GraphReader} over the union
 * of the named graphs, inside one read transaction. Thread-safe (each call has its own transaction and reader).
 */
public final class GraphView {
    private final DatasetGraph dataset;
    /** The ontology, for the labels of its terms (statuses, kinds, reasons) that the data graphs do not repeat. */
    private final Graph ontology;

    public GraphView(DatasetGraph dataset) {
        this.dataset = dataset;
        this.ontology = NewsgraphOntology.ontology();
    }

    public <T> T read(Function<GraphReader, T> reading) {
        return Txn.calculateRead(dataset, () -> reading.apply(new GraphReader(dataset, ontology)));
    }

    public DatasetGraph dataset() {
        return dataset;
    }
}
