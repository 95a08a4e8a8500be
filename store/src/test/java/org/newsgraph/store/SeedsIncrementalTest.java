package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.store.StoreTesting.assertSameGraphs;
import static org.newsgraph.store.StoreTesting.copySeeds;
import static org.newsgraph.store.StoreTesting.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.RdfGraphMapper;

/**
 * The graph changes article by article, with the real extractor and mapper over the five seeds: adding them one
 * at a time gives the graph of adding them all at once; removing one drops exactly what only it supported, keeps
 * what others report with one source fewer, and adding it back restores the same graph, IRIs included.
 * Only the run timestamps ({@link RdfGraphMapper#RUN_TIMESTAMP_PREDICATES}) may differ.
 */
class SeedsIncrementalTest {
    private static final String NG = "https://w3id.org/newsgraph/ns#";
    private static final String BLINKEN_ABBAS = "http://localhost:3030/id/meeting/antony-blinken--mahmoud-abbas--2023-11-05";
    private static final String GANTZ = "http://localhost:3030/id/person/benny-gantz";

    @TempDir
    Path tmp;

    private KnowledgeStore open(Path data) {
        return KnowledgeStore.create().dataDir(data).threads(2).open();
    }

    private static String csv(KnowledgeStore store, String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static boolean ask(KnowledgeStore store, String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, ResultFormat.JSON, out);
        return out.toString(StandardCharsets.UTF_8).contains("\"boolean\" : true");
    }

    @Test
    void seedsOneByOneGiveTheGraphOfAllAtOnce() throws IOException {
        List<Path> seeds = copySeeds(tmp.resolve("in"));
        DatasetGraph oneByOne;
        try (KnowledgeStore store = open(tmp.resolve("one"))) {
            for (Path p : seeds) {
                ChangeReport r = store.build(List.of(p));
                assertEquals(1, r.added(), r.summary());
                assertEquals(1, r.extracted(), "only the new article is extracted: " + r.summary());
            }
            oneByOne = snapshot(store.datasetGraph());
        }
        try (KnowledgeStore store = open(tmp.resolve("all"))) {
            store.build(List.of(tmp.resolve("in")));
            assertSameGraphs(snapshot(store.datasetGraph()), oneByOne, RdfGraphMapper.RUN_TIMESTAMP_PREDICATES);
        }
    }

    @Test
    void removingAnArticleDropsWhatOnlyItSupportedAndAddingItBackRestoresTheGraph() throws IOException {
        List<Path> seeds = copySeeds(tmp.resolve("in"));
        Path only002 = seeds.stream().filter(p -> p.getFileName().toString().startsWith("002_")).findFirst()
                .orElseThrow();
        String sources = "SELECT ?n { <" + BLINKEN_ABBAS + "> <" + NG + "sourceCount> ?n }";
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            store.build(List.of(tmp.resolve("in")));
            DatasetGraph before = snapshot(store.datasetGraph());
            assertEquals("n\n5\n", csv(store, sources), "all five seeds report Blinken meeting Abbas");
            assertTrue(ask(store, "ASK { <" + GANTZ + "> ?p ?o }"), "only 002 names Benny Gantz");
            assertTrue(ask(store, "ASK { ?m <" + NG + "participant> <" + GANTZ + "> }"), "002: Blinken met Gantz");

            ChangeReport r = store.remove(List.of(only002.getFileName().toString()));
            assertEquals(1, r.removed(), r.summary());
            assertEquals("n\n4\n", csv(store, sources), "the meeting stays, with one source fewer");
            assertTrue(!ask(store, "ASK { <" + GANTZ + "> ?p ?o }"), "a person only the removed article named is gone");
            assertTrue(!ask(store, "ASK { ?m <" + NG + "participant> <" + GANTZ + "> }"),
                    "and so is the meeting only it reported");
            assertTrue(ask(store, "ASK { <http://localhost:3030/id/person/antony-blinken> ?p ?o }"));

            store.build(List.of(only002));
            assertSameGraphs(before, snapshot(store.datasetGraph()), RdfGraphMapper.RUN_TIMESTAMP_PREDICATES);
        }
        Files.delete(only002);
    }
}
