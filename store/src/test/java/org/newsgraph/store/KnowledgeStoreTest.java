package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.store.StoreTesting.assertSameGraphs;
import static org.newsgraph.store.StoreTesting.copySeeds;
import static org.newsgraph.store.StoreTesting.snapshot;
import static org.newsgraph.store.StoreTesting.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.ExtractionJson;
import org.newsgraph.rdf.CorpusGraphs;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleReader;

class KnowledgeStoreTest {
    @TempDir
    Path tmp;

    private final TestExtractor extractor = new TestExtractor();

    private KnowledgeStore open(Path data) {
        return KnowledgeStore.create().dataDir(data).extractor(extractor).mapper(TestMapper::new).threads(2).open();
    }

    private static String text(String sparql, ResultFormat format, KnowledgeStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.query(sparql, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildHoldsExactlyTheMappersGraphs() throws IOException {
        Path in = tmp.resolve("in");
        copySeeds(in);
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            ChangeReport r = store.build(List.of(in));
            assertEquals(5, r.added());
            assertEquals(5, r.extracted());
            assertTrue(r.written());
            assertEquals(5, store.articles().size());
            // The same corpus mapped in memory, from the cached extractions, gives the same graphs.
            List<Extraction> corpus = new ArrayList<>();
            for (Article a : new ArticleReader().readAll(List.of(in)).articles()) {
                corpus.add(new ExtractionCache(KnowledgeStore.cacheDir(tmp.resolve("data")),
                        ExtractionJson.fingerprint(extractor)).get(a).orElseThrow());
            }
            CorpusGraphs mapped = new TestMapper(store.iris()).map(corpus);
            DatasetGraph expected = DatasetGraphFactory.createTxnMem();
            expected.executeWrite(() -> {
                mapped.articleGraphs().forEach((id, g) -> expected.addGraph(NodeFactory.createURI(
                        store.iris().articleGraph(id)), g));
                expected.addGraph(NodeFactory.createURI(store.iris().resolutionGraph()), mapped.resolution());
            });
            assertSameGraphs(expected, snapshot(store.datasetGraph()), Set.of());
        }
    }

    @Test
    void rebuildingTheSameArticlesChangesNothingAndWritesNothing() throws IOException {
        Path in = tmp.resolve("in");
        copySeeds(in);
        Path data = tmp.resolve("data");
        DatasetGraph before;
        try (KnowledgeStore store = open(data)) {
            store.build(List.of(in));
            before = snapshot(store.datasetGraph());
        }
        String files = StoreTesting.fileState(KnowledgeStore.databaseDir(data));
        int calls = extractor.calls.get();
        try (KnowledgeStore store = open(data)) {
            ChangeReport r = store.build(List.of(in));
            assertEquals(5, r.unchanged());
            assertEquals(0, r.extracted(), "unchanged articles come from the cache");
            assertEquals(5, r.fromCache());
            assertFalse(r.written(), "nothing changed, so no write transaction");
            assertSameGraphs(before, snapshot(store.datasetGraph()), Set.of());
        }
        assertEquals(calls, extractor.calls.get());
        assertEquals(files, StoreTesting.fileState(KnowledgeStore.databaseDir(data)),
                "the TDB2 files are untouched by a build that changes nothing");
    }

    @Test
    void addingArticlesOneByOneGivesTheSameGraphAsAllAtOnce() throws IOException {
        List<Path> seeds = copySeeds(tmp.resolve("in"));
        DatasetGraph oneByOne;
        try (KnowledgeStore store = open(tmp.resolve("a"))) {
            for (Path p : seeds) {
                int before = extractor.calls.get();
                ChangeReport r = store.build(List.of(p));
                assertEquals(1, r.added());
                assertEquals(1, extractor.calls.get() - before, "only the new article is extracted");
            }
            oneByOne = snapshot(store.datasetGraph());
        }
        assertEquals(5, extractor.calls.get());
        try (KnowledgeStore store = open(tmp.resolve("b"))) {
            store.build(List.of(tmp.resolve("in")));
            assertSameGraphs(snapshot(store.datasetGraph()), oneByOne, Set.of(TestMapper.RUN));
        }
    }

    @Test
    void aChangedArticleIsExtractedAgainAndReplaced() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        write(in.resolve("b.txt"), "Gina Holm spoke.");
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            store.build(List.of(in));
            write(in.resolve("a.txt"), "Anna Berg met Ivan Juul in Oslo.");
            ChangeReport r = store.build(List.of(in));
            assertEquals(1, r.changed());
            assertEquals(1, r.unchanged());
            assertEquals(1, r.extracted());
            String names = text("SELECT ?n { ?p <https://schema.org/name> ?n } ORDER BY ?n", ResultFormat.CSV, store);
            assertEquals("n\r\nAnna Berg\r\nGina Holm\r\nIvan Juul\r\n", names);
        }
    }

    @Test
    void removeDropsTheArticleAndWhatOnlyItSupported() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a1.txt"), "Anna Berg met Carl Dahl in Oslo. Erik Falk watched.");
        write(in.resolve("a2.txt"), "Again, Anna Berg met Carl Dahl.");
        write(in.resolve("a3.txt"), "Gina Holm spoke.");
        String meetingCount = "SELECT ?c { ?m a <https://schema.org/Event> ; <" + TestMapper.SOURCE_COUNT.getURI()
                + "> ?c }";
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            store.build(List.of(in));
            assertEquals("c\r\n2\r\n", text(meetingCount, ResultFormat.CSV, store));
            ChangeReport r = store.remove(List.of(in.resolve("a1.txt").toString()));
            assertEquals(1, r.removed());
            assertEquals(2, r.articles());
            assertTrue(r.written());
            assertEquals(Set.of("a2", "a3"), store.articles().keySet());
            assertEquals("c\r\n1\r\n", text(meetingCount, ResultFormat.CSV, store),
                    "the meeting stays, with one source fewer");
            assertTrue(text("ASK { ?p <https://schema.org/name> \"Erik Falk\" }", ResultFormat.JSON, store)
                    .contains("\"boolean\" : false"), "a person only the removed article named is gone");
            assertEquals(0, extractor.calls.get() - 3, "the remaining articles come from the cache");
            DatasetGraph afterRemove = snapshot(store.datasetGraph());
            // The same as building the remaining articles from scratch.
            Files.delete(in.resolve("a1.txt"));
            try (KnowledgeStore fresh = open(tmp.resolve("fresh"))) {
                fresh.build(List.of(in));
                assertSameGraphs(snapshot(fresh.datasetGraph()), afterRemove, Set.of(TestMapper.RUN));
            }
        }
    }

    @Test
    void removingAnUnknownArticleIsAnErrorAndChangesNothing() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), "Anna Berg spoke.");
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            store.build(List.of(in));
            StoreException e = assertThrows(StoreException.class, () -> store.remove(List.of("a", "nope.txt")));
            assertTrue(e.getMessage().contains("not in the store: nope.txt"), e.getMessage());
            assertEquals(Set.of("a"), store.articles().keySet());
        }
    }

    @Test
    void aMissingCacheEntryIsRebuiltFromTheStoredTextAndMetadata() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        write(in.resolve("a.meta.json"), "{\"published\": \"2021-05-20\", \"url\": \"https://example.org/a\", "
                + "\"source\": \"The Outlet\", \"title\": \"Berg meets Dahl\"}");
        Path data = tmp.resolve("data");
        Article original = new ArticleReader().read(in.resolve("a.txt"));
        try (KnowledgeStore store = open(data)) {
            store.build(List.of(in));
        }
        deleteTree(KnowledgeStore.cacheDir(data));
        write(tmp.resolve("more/b.txt"), "Gina Holm spoke.");
        try (KnowledgeStore store = open(data)) {
            ChangeReport r = store.build(List.of(tmp.resolve("more")));
            assertEquals(1, r.added());
            assertEquals(1, r.kept());
            assertEquals(2, r.extracted(), "the new article, and the kept one whose cache entry was gone");
            assertEquals(Set.of("a", "b"), store.articles().keySet());
        }
        ExtractionCache cache = new ExtractionCache(KnowledgeStore.cacheDir(data), ExtractionJson.fingerprint(extractor));
        assertEquals(original, cache.get(original).orElseThrow().article(),
                "the article rebuilt from the store equals the one read from its files, metadata included");
    }

    @Test
    void unreadableArticlesAreSkippedAndReportedAndStrictMakesThemFatal() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("good.txt"), "Anna Berg spoke.");
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        write(in.resolve("meta.txt"), "Gina Holm spoke.");
        write(in.resolve("meta.meta.json"), "{\"published\": \"soon\"}");
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(tmp.resolve("strict")).extractor(extractor)
                .mapper(TestMapper::new).strict(true).open()) {
            StoreException e = assertThrows(StoreException.class, () -> store.build(List.of(in)));
            assertTrue(e.getMessage().contains("latin1.txt: not UTF-8"), e.getMessage());
            assertTrue(store.articles().isEmpty(), "nothing written");
        }
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            ChangeReport r = store.build(List.of(in));
            assertEquals(Set.of("good"), store.articles().keySet());
            assertEquals(2, r.skipped().size());
            assertTrue(r.skipped().get(0).toString().contains("latin1.txt: not UTF-8 text: byte 0xE9 at byte offset 3"),
                    r.skipped().toString());
            assertTrue(r.skipped().get(1).toString().contains("meta.meta.json: \"published\" is not a date: \"soon\""),
                    r.skipped().toString());
            assertTrue(r.summary().contains("skipped 2 inputs:"), r.summary());
        }
    }

    @Test
    void aFailingExtractionIsReportedAndTheLoadedVersionStays() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), "Anna Berg spoke.");
        write(in.resolve("b.txt"), "Carl Dahl spoke.");
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            store.build(List.of(in));
            write(in.resolve("a.txt"), "Anna Berg spoke. " + TestExtractor.FAIL);
            write(in.resolve("c.txt"), "Erik Falk " + TestExtractor.FAIL);
            write(in.resolve("d.txt"), "Gina Holm spoke.");
            ChangeReport r = store.build(List.of(in));
            assertEquals(Set.of("a", "b", "d"), store.articles().keySet());
            assertEquals(2, r.skipped().size(), r.summary());
            assertTrue(r.skipped().get(0).toString().startsWith("a.txt: extraction failed: the test extractor was told"),
                    r.summary());
            assertTrue(r.skipped().get(0).toString().endsWith("(the version already loaded stays)"), r.summary());
            assertEquals("c\r\n1\r\n", text("SELECT (COUNT(*) AS ?c) { ?p <https://schema.org/name> \"Anna Berg\" }",
                    ResultFormat.CSV, store));
        }
    }

    @Test
    void theIriBaseIsRememberedAndChangingItNeedsRebase() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), "Anna Berg spoke.");
        Path data = tmp.resolve("data");
        String base = "https://kg.example.org/";
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).extractor(extractor).mapper(TestMapper::new)
                .base(base).open()) {
            store.build(List.of(in));
            assertEquals(base, KnowledgeStore.storedBase(store.datasetGraph()).orElseThrow());
        }
        try (KnowledgeStore store = open(data)) {
            assertEquals(base, store.iris().base(), "later builds use the stored base");
            assertFalse(store.build(List.of(in)).written());
        }
        StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.create().dataDir(data)
                .extractor(extractor).mapper(TestMapper::new).base(IriScheme.DEFAULT_BASE).open());
        assertTrue(e.getMessage().contains("was built with the IRI base <" + base + ">"), e.getMessage());
        assertTrue(e.getMessage().contains("--rebase"), e.getMessage());
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).extractor(extractor).mapper(TestMapper::new)
                .base(IriScheme.DEFAULT_BASE).rebase(true).open()) {
            store.build(List.of(in));
            Set<String> graphs = Txn.calculateRead(store.datasetGraph(),
                    () -> StoreTesting.graphNames(store.datasetGraph()));
            assertEquals(Set.of(IriScheme.DEFAULT_BASE + "graph/article/a", IriScheme.DEFAULT_BASE + "graph/resolution"),
                    graphs);
            assertEquals(IriScheme.DEFAULT_BASE, KnowledgeStore.storedBase(store.datasetGraph()).orElseThrow());
            assertEquals(1, extractor.calls.get(), "re-minting IRIs needs no new extraction");
        }
    }

    @Test
    void queryWritesTheStandardResultFormats() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            store.build(List.of(in));
            String q = "PREFIX schema: <https://schema.org/> SELECT ?name { ?p schema:name ?name } ORDER BY ?name";
            assertEquals("name\r\nAnna Berg\r\nCarl Dahl\r\n", text(q, ResultFormat.CSV, store));
            assertEquals("?name\n\"Anna Berg\"\n\"Carl Dahl\"\n", text(q, ResultFormat.TSV, store));
            String json = text(q, ResultFormat.JSON, store);
            assertTrue(json.contains("\"vars\": [ \"name\" ]") && json.contains("\"value\": \"Carl Dahl\""), json);
            String table = text(q, ResultFormat.TABLE, store);
            assertTrue(table.contains("| name        |") && table.contains("| \"Anna Berg\" |"), table);
            assertTrue(text("ASK { ?p ?q ?r }", ResultFormat.JSON, store).contains("\"boolean\" : true"));
            String ttl = text("CONSTRUCT { ?p a ?t } WHERE { ?p a ?t }", ResultFormat.TABLE, store);
            assertTrue(ttl.contains("person:anna-berg"), "Turtle with the store's prefixes: " + ttl);
            StoreException e = assertThrows(StoreException.class, () -> text("SELECT ?x WHERE {", ResultFormat.CSV, store));
            assertTrue(e.getMessage().startsWith("the query has a syntax error: ") && e.getMessage().contains("line 1"),
                    e.getMessage());
        }
    }

    @Test
    void queriesSeeTheUnionOfTheNamedGraphsButNotTheStoresOwnFacts() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), "Anna Berg spoke.");
        try (KnowledgeStore store = open(tmp.resolve("data"))) {
            store.build(List.of(in));
            assertEquals("c\r\n0\r\n", text("SELECT (COUNT(*) AS ?c) { ?s <" + KnowledgeStore.META_BASE.getURI()
                    + "> ?o }", ResultFormat.CSV, store));
            assertTrue(text("SELECT (COUNT(*) AS ?c) { ?s ?p ?o }", ResultFormat.CSV, store).matches("c\r\n[1-9]\\d*\r\n"));
        }
    }

    @Test
    void compactionKeepsTheDataAndShrinksTheDatabase() throws IOException {
        Path in = tmp.resolve("in");
        Path data = tmp.resolve("data");
        try (KnowledgeStore store = open(data)) {
            for (int i = 0; i < 4; i++) {
                write(in.resolve("a.txt"), "Anna Berg met Carl Dahl, round " + i + ".");
                store.build(List.of(in));
            }
            DatasetGraph before = snapshot(store.datasetGraph());
            long[] sizes = store.compact();
            assertTrue(sizes[1] < sizes[0], "compacted from " + sizes[0] + " to " + sizes[1] + " bytes");
            assertSameGraphs(before, snapshot(store.datasetGraph()), Set.of());
            assertFalse(store.build(List.of(in)).written());
        }
        try (KnowledgeStore store = open(data)) {
            assertEquals(Set.of("a"), store.articles().keySet(), "the compacted store reopens");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
