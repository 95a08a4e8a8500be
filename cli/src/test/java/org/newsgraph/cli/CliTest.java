package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.StoreTesting;

/** The kg commands through picocli, with their output captured, over the real pipeline and a real TDB2 store. */
class CliTest {
    @TempDir
    static Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run kg(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path built(String name) throws Exception {
        Path in = tmp.resolve(name + "-in");
        StoreTesting.write(in.resolve("a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        StoreTesting.write(in.resolve("b.txt"), "Again, Anna Berg met Carl Dahl. Erik Falk spoke.");
        Path data = tmp.resolve(name);
        Run r = kg("build", "--data", data.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        return data;
    }

    @Test
    void buildPrintsItsSummaryAndASecondBuildWritesNothing() throws Exception {
        Path in = tmp.resolve("b-in");
        StoreTesting.write(in.resolve("a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        Files.write(in.resolve("bad.txt"), new byte[] {(byte) 0xC3, '('});
        String data = tmp.resolve("b").toString();
        Run r = kg("build", "--data", data, in.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 read: 1 new, 0 changed, 0 unchanged"), r.out());
        assertTrue(r.out().contains("skipped 1 input:"), r.out());
        assertTrue(r.out().contains("bad.txt: not UTF-8 text: byte 0xC3 at byte offset 0"), r.out());
        Run again = kg("build", "--data", data, in.toString());
        assertTrue(again.out().contains("store unchanged: nothing to write"), again.out());
        Run strict = kg("build", "--strict", "--data", data, in.toString());
        assertEquals(1, strict.exit());
        assertTrue(strict.err().startsWith("kg: build stopped (--strict)"), strict.err());
    }

    @Test
    void queryPrintsSparqlCsvWithItsHeaderLine() throws Exception {
        Path data = built("q");
        Run r = kg("query", "--data", data.toString(), "--format", "csv",
                "SELECT ?name { ?p <https://schema.org/name> ?name } ORDER BY ?name");
        assertEquals(0, r.exit(), r.err());
        assertEquals("name\r\nAnna Berg\r\nCarl Dahl\r\nErik Falk\r\n", r.out());
        Path file = Files.writeString(tmp.resolve("count.rq"), "SELECT (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } }");
        Run fromFile = kg("query", "-d", data.toString(), "-f", "tsv", file.toString());
        assertEquals("?graphs\n3\n", fromFile.out(), fromFile.err());
        Run table = kg("query", "-d", data.toString(), "ASK { ?s ?p ?o }");
        assertEquals("yes", table.out().strip().toLowerCase(), table.out());
    }

    @Test
    void badQueriesAndMissingStoresFailWithOneClearLine() throws Exception {
        Path data = built("e");
        Run syntax = kg("query", "--data", data.toString(), "SELECT ?x WHERE {");
        assertEquals(1, syntax.exit());
        assertTrue(syntax.err().startsWith("kg: the query has a syntax error"), syntax.err());
        assertFalse(syntax.err().contains("\tat "), "no stack trace without -v: " + syntax.err());
        Run verbose = kg("query", "-v", "--data", data.toString(), "SELECT ?x WHERE {");
        assertTrue(verbose.err().contains("\tat "), "a stack trace with -v: " + verbose.err());
        Run none = kg("query", "--data", tmp.resolve("nowhere").toString(), "ASK {}");
        assertEquals(1, none.exit());
        assertTrue(none.err().startsWith("kg: there is no Newsgraph store in"), none.err());
        assertFalse(Files.exists(tmp.resolve("nowhere")), "a query does not create a store");
        Run format = kg("query", "--data", data.toString(), "--format", "xml", "ASK {}");
        assertTrue(format.err().contains("unknown result format \"xml\""), format.err());
        Run noFile = kg("query", "--data", data.toString(), "missing.rq");
        assertTrue(noFile.err().contains("no such query file: missing.rq"), noFile.err());
    }

    @Test
    void exportWritesTurtleToAFile() throws Exception {
        Path data = built("x");
        Path ttl = tmp.resolve("out/graph.ttl");
        Run r = kg("export", "--data", data.toString(), "--format", "turtle", "--out", ttl.toString());
        assertEquals(0, r.exit(), r.err());
        Graph g = RDFDataMgr.loadGraph(ttl.toString());
        assertTrue(g.size() > 10, "turtle export parsed: " + g.size());
        Run nq = kg("export", "--data", data.toString(), "--format", "nquads");
        assertTrue(nq.out().contains("<http://localhost:3030/graph/article/a> ."), nq.out());
        Run missing = kg("export", "--data", data.toString());
        assertEquals(2, missing.exit(), "--format is required");
    }

    @Test
    void removeAndCompact() throws Exception {
        Path data = built("r");
        Run r = kg("remove", "--data", data.toString(), "a.txt");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("removed 1 article; 1 article in the store"), r.out());
        Run unknown = kg("remove", "--data", data.toString(), "zzz");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().startsWith("kg: not in the store: zzz"), unknown.err());
        Run c = kg("compact", "--data", data.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().matches("(?s)compacted .* MB -> .* MB\\s*"), c.out());
    }

    @Test
    void servePrintsTheUrlToOpen() throws Exception {
        Path data = built("s");
        Run r = kg("serve", "--data", data.toString(), "--port", "0", "--stop-after-start");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("Newsgraph is serving http://localhost:\\d+/ \u2014 SPARQL: http://localhost:\\d+/kg/sparql\\s*"),
                r.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : List.of("build", "serve", "query", "export", "remove", "compact", "bench")) {
            Run r = kg(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().startsWith("Usage: kg " + cmd), r.out());
        }
        Run top = kg("--help");
        assertTrue(top.out().contains("build") && top.out().contains("serve"), top.out());
    }

    @Test
    void benchReportsItsFigures() throws Exception {
        Path in = tmp.resolve("bench-in");
        StoreTesting.write(in.resolve("a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        StoreTesting.write(in.resolve("b.txt"), "Erik Falk spoke.");
        Run r = kg("bench", "--threads", "2", in.toString());
        assertEquals(0, r.exit(), r.err());
        for (String figure : List.of("articles/s", "tokens/s", "speed-up", "map:", "quads/s", "first answered query",
                "peak heap", "peak RSS")) {
            assertTrue(r.out().contains(figure), figure + " in:\n" + r.out());
        }
    }
}
