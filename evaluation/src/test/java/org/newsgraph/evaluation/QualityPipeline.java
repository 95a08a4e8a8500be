package org.newsgraph.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.PipelineExtractor;
import org.newsgraph.rdf.CorpusGraphs;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.resolve.PlaceLookup;
import org.newsgraph.rdf.RdfGraphMapper;
import org.newsgraph.source.Article;

/**
 * Builds the graph of a folder of articles the way the store does, for the quality test: the standard extractor on
 * every article, the standard graph mapper over the whole corpus, each article graph and the resolution graph as
 * named graphs of an in-memory TDB2 dataset whose default graph is their union (as Fuseki serves it).
 */
final class QualityPipeline {
    private QualityPipeline() {
    }

    /** The project's graph mapper for an IRI base, with the gazetteer's place details. */
    static GraphMapper graphMapper(IriScheme iris) {
        return new RdfGraphMapper(iris, PlaceLookup.gazetteer());
    }

    /** The graph of a folder of articles, with the standard extractor and the project's graph mapper. */
    static Dataset build(Path articleDir) {
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        return build(articleDir, iris, graphMapper(iris));
    }

    static Dataset build(Path articleDir, IriScheme iris, GraphMapper mapper) {
        List<Article> articles = ArticleFiles.read(articleDir);
        PipelineExtractor extractor = PipelineExtractor.standard();
        List<Extraction> corpus = articles.stream().map(extractor::extract).toList();
        CorpusGraphs graphs = mapper.map(corpus);

        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.executeWrite(() -> {
            for (Map.Entry<String, Graph> e : graphs.articleGraphs().entrySet()) {
                dataset.addNamedModel(iris.articleGraph(e.getKey()), ModelFactory.createModelForGraph(e.getValue()));
            }
            dataset.addNamedModel(iris.resolutionGraph(), ModelFactory.createModelForGraph(graphs.resolution()));
        });
        return dataset;
    }
}
