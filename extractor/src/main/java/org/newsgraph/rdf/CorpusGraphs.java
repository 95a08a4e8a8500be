package org.newsgraph.rdf;

import java.util.Map;
import org.apache.jena.graph.Graph;

/**
 * The RDF of a whole corpus: one graph per article (keyed by article id, stored as the named graph
 * {@link IriScheme#articleGraph}) holding what that article states with its evidence, and the resolution graph
 * ({@link IriScheme#resolutionGraph}) holding what the graph decided across articles. No blank nodes, so two
 * builds of the same corpus can be compared triple by triple.
 */
public record CorpusGraphs(Map<String, Graph> articleGraphs, Graph resolution) {
    public CorpusGraphs {
        articleGraphs = Map.copyOf(articleGraphs);
    }
}
