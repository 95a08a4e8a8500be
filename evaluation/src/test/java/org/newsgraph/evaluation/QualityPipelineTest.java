package org.newsgraph.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.CorpusGraphs;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.source.Article;

/** The quality test's own plumbing: article files in, named graphs of a union-default-graph TDB2 dataset out. */
class QualityPipelineTest {
    @Test
    void readsTheSeedArticles() {
        List<Article> seeds = ArticleFiles.read(TestPaths.seedsDir());
        assertEquals(5, seeds.size());
        assertEquals("000_0cea18fc80242b28", seeds.get(0).id());
        assertEquals(Optional.empty(), seeds.get(0).meta().published());
    }

    @Test
    void readsTheDevSidecars() {
        TestPaths.assumeDevGold();
        List<Article> dev = ArticleFiles.read(TestPaths.devDocs());
        assertEquals(24, dev.size());
        assertEquals(Optional.of(LocalDate.of(2016, 10, 31)), dev.get(0).meta().published());
        assertEquals(Optional.empty(), dev.get(15).meta().published());
    }

    /** A stand-in mapper that returns the evaluator fixture's graphs: the dataset shows their union. */
    @Test
    void theMappedGraphsAreScoredThroughTheirUnion() throws Exception {
        DatasetGraph fixture = DatasetFactory.create().asDatasetGraph();
        try (InputStream in = getClass().getResourceAsStream("evaluator-fixture.trig")) {
            RDFDataMgr.read(fixture, in, Lang.TRIG);
        }
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        Map<String, Graph> articles = new HashMap<>();
        articles.put("000", fixture.getGraph(org.apache.jena.graph.NodeFactory.createURI(iris.articleGraph("000"))));
        articles.put("002", fixture.getGraph(org.apache.jena.graph.NodeFactory.createURI(iris.articleGraph("002"))));
        Graph resolution = fixture.getGraph(org.apache.jena.graph.NodeFactory.createURI(iris.resolutionGraph()));
        GraphMapper fake = corpus -> new CorpusGraphs(articles, resolution);

        Dataset dataset = QualityPipeline.build(TestPaths.seedsDir(), iris, fake);
        // the dataset's own context makes SPARQL see the union, as Fuseki's tdb2:unionDefaultGraph does
        assertTrue(dataset.calculateRead(() -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query("ASK { ?s ?p ?o }").build()) {
                return q.execAsk();
            }
        }), "union default graph");
        Scores s = new Evaluator(dataset, CannedQueries.fromClasspath(getClass().getClassLoader(),
                "org/newsgraph/evaluation/testqueries")).evaluate(TestPaths.seedsGold()).scores();
        assertEquals(Scores.Prf.of(4, 4, 23), s.persons());
    }
}
