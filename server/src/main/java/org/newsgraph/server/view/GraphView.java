package org.newsgraph.server.view;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.vocab.NewsgraphOntology;

/**
 * The served dataset as the pages read it: {@link #read} runs a function with a {@link GraphReader} over the union
 * of the named graphs, inside one read transaction; {@link #kept} keeps a computed value until the data changes.
 * Thread-safe (each call has its own transaction and reader).
 */
public final class GraphView {
    private final DatasetGraph dataset;
    /** The ontology, for the labels of its terms (statuses, kinds, reasons) that the data graphs do not repeat. */
    private final Graph ontology;

    private final DataVersion version;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(long version, Object value) {
    }

    public GraphView(DatasetGraph dataset) {
        this.dataset = dataset;
        this.ontology = NewsgraphOntology.ontology();
        this.version = new DataVersion(dataset);
    }

    /**
     * The value {@code compute} gives, kept under {@code key} until the data changes (see {@link DataVersion}); with
     * a dataset whose changes cannot be tracked, computed every time. For what is costly and the same for everyone,
     * such as the home page.
     */
    @SuppressWarnings("unchecked")
    public <T> T kept(String key, Supplier<T> compute) {
        long v = version.current();
        if (v < 0) {
            return compute.get();
        }
        Kept k = kept.get(key);
        if (k != null && k.version() == v) {
            return (T) k.value();
        }
        T value = compute.get();
        kept.put(key, new Kept(v, value));
        return value;
    }

    public <T> T read(Function<GraphReader, T> reading) {
        return Txn.calculateRead(dataset, () -> reading.apply(new GraphReader(dataset, ontology)));
    }

    public DatasetGraph dataset() {
        return dataset;
    }
}
