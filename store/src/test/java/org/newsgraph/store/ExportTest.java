package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.newsgraph.store.StoreTesting.assertSameGraphs;
import static org.newsgraph.store.StoreTesting.snapshot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exports parse back to the same RDF, with Jena and (for Turtle) with an independent parser, raptor's rapper. */
class ExportTest {
    @TempDir
    static Path tmp;
    static KnowledgeStore store;

    @BeforeAll
    static void build() throws IOException {
        Path in = tmp.resolve("in");
        StoreTesting.copySeeds(in);
        // Quotes, backslashes, a tab, a non-BMP character and CRLF line ends, all of which the text literal carries.
        StoreTesting.write(in.resolve("odd name (1).txt"), "Anna Berg met Carl Dahl: \"quoted\" \\ back\tslash 😀\r\n"
                + "Ærlig Ødegård spoke.");
        StoreTesting.write(in.resolve("odd name (1).meta.json"), "{\"url\": \"https://example.org/a?b=c&d=e\", "
                + "\"source\": \"Outlet «Ü»\", \"title\": \"It's \\\"news\\\"\", \"published\": \"2024-02-29\"}");
        store = KnowledgeStore.create().dataDir(tmp.resolve("data")).extractor(new TestExtractor())
                .mapper(TestMapper::new).open();
        assertEquals(6, store.build(List.of(in)).added());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] export(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(format, out);
        return out.toByteArray();
    }

    private static Graph union() {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().getUnionGraph().find().forEachRemaining(g::add));
        return g;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TURTLE", "NTRIPLES"})
    void mergedGraphFormatsParseBackToTheUnionGraph(ExportFormat format) {
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(export(format)))
                .lang(format == ExportFormat.TURTLE ? Lang.TURTLE : Lang.NTRIPLES).parse(back);
        Graph union = union();
        assertTrue(union.size() > 50, "a real graph: " + union.size());
        assertTrue(union.isIsomorphicWith(back), format + " export is the union graph");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void namedGraphFormatsParseBackToTheNamedGraphs(ExportFormat format) {
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        Lang lang = switch (format) {
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            default -> Lang.JSONLD;
        };
        RDFParser.source(new ByteArrayInputStream(export(format))).lang(lang).parse(back);
        assertSameGraphs(snapshot(store.datasetGraph()), back, Set.of());
    }

    @Test
    void turtleUsesReadablePrefixes() {
        String ttl = new String(export(ExportFormat.TURTLE), StandardCharsets.UTF_8);
        for (String prefix : List.of("ng:", "schema:", "prov:", "nif:", "xsd:", "rdfs:", "person:", "meeting:",
                "article:")) {
            assertTrue(ttl.contains("PREFIX " + prefix) || ttl.contains("@prefix " + prefix), "declares " + prefix);
        }
        assertTrue(ttl.contains("person:mahmoud-abbas"), "writes prefixed names");
    }

    @Test
    void turtleExportIsReadByAnIndependentParser() throws Exception {
        String onPath = findOnPath("rapper");
        if (onPath == null) {
            fail("this test needs rapper, an RDF parser independent of Jena: apt-get install raptor2-utils "
                    + "(./kg test installs it)");
        }
        Path ttl = tmp.resolve("export.ttl");
        try (OutputStream out = Files.newOutputStream(ttl)) {
            store.export(ExportFormat.TURTLE, out);
        }
        Path nt = tmp.resolve("export.nt");
        Process p = new ProcessBuilder(onPath, "-q", "-i", "turtle", "-o", "ntriples", ttl.toString(),
                "http://example.org/base/").redirectOutput(nt.toFile()).redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "rapper parsed the Turtle export without error: " + err);
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(nt).lang(Lang.NTRIPLES).parse(back);
        assertTrue(union().isIsomorphicWith(back), "rapper reads the same graph as Jena wrote");
    }

    private static String findOnPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, command);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }
}
