package org.newsgraph.evaluation;

import java.lang.reflect.InvocationTargetException;
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
import org.newsgraph.source.Article;

/**
 * Builds the graph of a folder of articles the way the store does, for the quality test: the standard extractor on
 * every article, the standard graph mapper over the whole corpus, each article graph and the resolution graph as
 * named graphs of an in-memory TDB2 dataset whose default graph is their union (as Fuseki serves it).
 */
final class QualityPipeline {
    private QualityPipeline() {
    }

    /**
     * The project's GraphMapper implementation. ADAPT this one line once the mapper is on main, to a plain call:
     * {@code return org.newsgraph.rdf.GraphMappers.standard(iris);} (it is looked up by name until then, so this
     * module compiles without it).
     */
    static GraphMapper graphMapper(IriScheme iris) {
        return (GraphMapper) invokeStatic("org.newsgraph.rdf.GraphMappers", "standard", iris);
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

    private static Object invokeStatic(String className, String method, IriScheme iris) {
        try {
            return Class.forName(className).getMethod(method, IriScheme.class).invoke(null, iris);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("no GraphMapper implementation: " + className + "." + method
                    + "(IriScheme) is not on the class path; adapt QualityPipeline.graphMapper to the mapper's factory",
                    e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(className + "." + method + " failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
