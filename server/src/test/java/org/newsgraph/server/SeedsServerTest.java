package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ChangeReport;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreTesting;
import org.newsgraph.store.TestExtractor;
import org.newsgraph.store.TestMapper;

/**
 * The seeds built into a TDB2 store in a temporary folder, served by Fuseki on a free port from the packaged
 * fuseki-config, queried over HTTP. The facts test needs the standard extractor and mapper; the other tests use
 * them when they are there and the tests' stand-in mapper until then.
 */
class SeedsServerTest {
    @TempDir
    static Path tmp;
    static NewsgraphServer server;
    static boolean standardPipeline;
    static String standardProblem;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path seeds = tmp.resolve("seeds");
        StoreTesting.copySeeds(seeds);
        Path data = tmp.resolve("data");
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).open()) {
            store.build(List.of(seeds));
            standardPipeline = true;
        } catch (StoreException e) {
            standardProblem = e.getMessage();
            System.err.println("SeedsServerTest: the standard pipeline cannot build yet (" + e.getMessage()
                    + "); serving the seeds as mapped by the tests' stand-in mapper");
            data = tmp.resolve("data-standin");
            try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).extractor(new TestExtractor())
                    .mapper(TestMapper::new).open()) {
                ChangeReport r = store.build(List.of(seeds));
                assertEquals(5, r.articles());
            }
        }
        server = NewsgraphServer.create().dataDir(data).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String sparql() {
        return server.sparqlUrl();
    }

    private static long count(String endpoint, String query) throws Exception {
        HttpResponse<String> r = Http.get(Http.queryUrl(endpoint, query), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(Http.csv(r.body()).get(0).values().iterator().next());
    }

    @Test
    void getAndPostQueriesAnswerOverTheUnionOfTheGraphs() throws Exception {
        long all = count(sparql(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        long graphs = count(sparql(), "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertTrue(graphs >= 5, "five article graphs (and the resolution graph): " + graphs);
        long distinct = count(sparql(), "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
        assertEquals(distinct, all, "the default graph is the union of the named graphs");

        String q = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        HttpResponse<String> form = Http.post(sparql(), "application/x-www-form-urlencoded", Http.form("query", q),
                "text/csv");
        assertEquals(200, form.statusCode(), form.body());
        assertEquals(all, Long.parseLong(Http.csv(form.body()).get(0).get("n")));
        HttpResponse<String> direct = Http.post(server.url() + "kg/query", "application/sparql-query", q,
                "application/sparql-results+json");
        assertEquals(200, direct.statusCode(), direct.body());
        assertTrue(direct.body().contains("\"value\": \"" + all + "\""), direct.body());
    }

    @Test
    void itListensOnTheLoopbackInterfaceOnly() throws Exception {
        for (org.eclipse.jetty.server.Connector c : server.fuseki().getJettyServer().getConnectors()) {
            String host = ((org.eclipse.jetty.server.ServerConnector) c).getHost();
            assertNotNull(host, "bound to every interface");
            assertTrue(java.net.InetAddress.getByName(host).isLoopbackAddress(), "bound to " + host);
        }
    }

    @Test
    void theEndpointIsQueryOnly() throws Exception {
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }";
        HttpResponse<String> r1 = Http.post(sparql(), "application/sparql-update", insert, "*/*");
        assertTrue(r1.statusCode() >= 400 && r1.statusCode() < 500, "update refused: " + r1.statusCode());
        HttpResponse<String> r2 = Http.post(sparql(), "application/x-www-form-urlencoded", Http.form("update", insert),
                "*/*");
        assertTrue(r2.statusCode() >= 400 && r2.statusCode() < 500, "update refused: " + r2.statusCode());
        HttpResponse<String> r3 = Http.post(server.url() + "kg/update", "application/sparql-update", insert, "*/*");
        assertTrue(r3.statusCode() >= 400 && r3.statusCode() < 500, "no update endpoint: " + r3.statusCode());
        HttpResponse<String> r4 = Http.post(server.url() + "kg?graph=http://example.org/g", "text/turtle",
                "<http://example.org/s> <http://example.org/p> 1 .", "*/*");
        assertTrue(r4.statusCode() >= 400 && r4.statusCode() < 500, "no graph store writes: " + r4.statusCode());
        HttpResponse<String> r5 = Http.post(server.url() + "$/datasets", "application/x-www-form-urlencoded",
                "dbName=x&dbType=mem", "*/*");
        assertTrue(r5.statusCode() >= 400 && r5.statusCode() < 500, "no admin operations: " + r5.statusCode());
        assertEquals(0, count(sparql(), "SELECT (COUNT(*) AS ?n) { ?s <http://example.org/p> ?o }"),
                "nothing was written");
    }

    @Test
    void fusekisUiAndTheReadOnlyEndpointsItNeedsAreServed() throws Exception {
        // The home page is Newsgraph's own (BrowsingPages); Fuseki's UI is at /?sparql (it must be at the root path),
        // and /sparql and /index.html lead there.
        HttpResponse<String> index = Http.get(server.url() + "?sparql", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<div id=\"app\">") || index.body().toLowerCase().contains("fuseki"),
                index.body());
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"")
                .matcher(index.body());
        assertTrue(script.find(), "the UI page loads its script: " + index.body());
        HttpResponse<String> js = Http.get(server.url() + script.group(1), "*/*");
        assertEquals(200, js.statusCode(), "the UI's script is served: " + script.group(1));
        for (String entry : java.util.List.of("sparql", "index.html")) {
            HttpResponse<String> r = Http.get(server.url() + entry, "text/html");
            assertEquals(302, r.statusCode(), entry);
            assertEquals("./?sparql#/dataset/kg/query", r.headers().firstValue("Location").orElse(""), entry);
        }
        HttpResponse<String> info = Http.get(server.url() + "$/server", "application/json");
        assertEquals(200, info.statusCode(), info.body());
        assertTrue(info.body().contains("\"ds.name\" : \"/kg\""), info.body());
        assertEquals(200, Http.get(server.url() + "$/ping", "*/*").statusCode());
        assertEquals(200, Http.get(server.url() + "$/stats/kg", "application/json").statusCode());
        HttpResponse<String> gsp = Http.get(server.url() + "kg/get?graph=" + java.net.URLEncoder.encode(
                server.iris().resolutionGraph(), java.nio.charset.StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, gsp.statusCode(), "read-only graph store: " + gsp.body());
    }

    /**
     * Needs the real extractor and mapper (being finished by others): the Blinken–Abbas meeting on 2023-11-05 in
     * Ramallah, and Hakan Fidan as Turkey's Foreign Minister, read through the canned queries of {@code queries/}.
     */
    @Test
    void seedFacts_BlinkenMetAbbasInRamallahOn20231105_AndFidanIsForeignMinisterOfTurkey() throws Exception {
        if (!standardPipeline) {
            fail("the seeds cannot be built with the standard extractor and mapper yet: " + standardProblem);
        }
        List<Map<String, String>> meetings = canned("meetings");
        Map<String, List<Map<String, String>>> byMeeting = meetings.stream()
                .collect(Collectors.groupingBy(r -> r.get("meeting")));
        boolean found = byMeeting.values().stream().anyMatch(rows -> {
            Set<String> names = rows.stream().map(r -> r.get("name")).collect(Collectors.toCollection(TreeSet::new));
            Map<String, String> first = rows.get(0);
            return names.stream().anyMatch(n -> n.contains("Blinken")) && names.stream().anyMatch(n -> n.contains("Abbas"))
                    && first.get("status").equals("occurred") && first.get("date").equals("2023-11-05")
                    && first.get("place").contains("Ramallah");
        });
        assertTrue(found, "a meeting of Blinken and Abbas, occurred, 2023-11-05, in Ramallah; meetings.rq gave: "
                + meetings);
        List<Map<String, String>> positions = canned("positions");
        assertTrue(positions.stream().anyMatch(r -> r.get("name").contains("Fidan")
                        && r.get("role").contains("Foreign Minister")
                        && r.get("organization").matches("(?i).*(turk|türk).*")),
                "Hakan Fidan, Foreign Minister of Turkey; positions.rq gave: " + positions);
    }

    private static List<Map<String, String>> canned(String name) throws Exception {
        Path file = StoreTesting.home().resolve("queries").resolve(name + ".rq");
        assertTrue(Files.isRegularFile(file), "the canned query " + file + " does not exist yet");
        HttpResponse<String> r = Http.post(sparql(), "application/sparql-query", Files.readString(file), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, String>> rows = Http.csv(r.body());
        assertNotNull(rows);
        assertFalse(rows.isEmpty(), name + ".rq returned no rows");
        return rows;
    }
}
