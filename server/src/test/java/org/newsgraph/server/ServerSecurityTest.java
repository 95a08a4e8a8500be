package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreChild;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreTesting;
import org.newsgraph.store.TestExtractor;
import org.newsgraph.store.TestMapper;

/** Writes only with a password file and HTTP authentication; clear errors for a missing or locked store. */
class ServerSecurityTest {
    @TempDir
    Path tmp;

    private Path buildSmallStore() throws Exception {
        Path data = tmp.resolve("data");
        StoreTesting.write(tmp.resolve("in/a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).extractor(new TestExtractor())
                .mapper(TestMapper::new).open()) {
            store.build(List.of(tmp.resolve("in")));
        }
        return data;
    }

    @Test
    void withAPasswordFileItsUsersAndOnlyThemCanUpdate() throws Exception {
        Path data = buildSmallStore();
        Path passwd = Files.writeString(tmp.resolve("passwd"), "# Newsgraph editors\neditor: s3cret\n");
        NewsgraphServer server = NewsgraphServer.create().dataDir(data).port(0).passwordFile(passwd).build().start();
        try {
            String update = server.url() + "kg/update";
            String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }";
            assertEquals(401, Http.post(update, "application/sparql-update", insert, "*/*").statusCode(),
                    "no credentials");
            assertEquals(401, Http.post(update, "application/sparql-update", insert, "*/*", "editor", "wrong")
                    .statusCode(), "wrong password");
            HttpResponse<String> sparqlUpdate = Http.post(server.sparqlUrl(), "application/sparql-update", insert, "*/*",
                    "editor", "s3cret");
            assertTrue(sparqlUpdate.statusCode() >= 400, "the SPARQL endpoint stays query-only, even for editors");
            HttpResponse<String> ok = Http.post(update, "application/sparql-update", insert, "*/*", "editor", "s3cret");
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
            HttpResponse<String> q = Http.get(Http.queryUrl(server.sparqlUrl(),
                    "ASK { <http://example.org/s> <http://example.org/p> 1 }"), "application/sparql-results+json");
            assertTrue(q.body().contains("true"), "the update is visible: " + q.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void pagesShowAnAuthenticatedUpdateAtOnce() throws Exception {
        Path data = buildSmallStore();
        Path passwd = Files.writeString(tmp.resolve("passwd"), "editor: s3cret\n");
        NewsgraphServer server = NewsgraphServer.create().dataDir(data).port(0).passwordFile(passwd).build().start();
        try {
            String persons = "<span class=\"what\">persons</span>";
            String before = Http.get(server.url(), "text/html").body();
            assertTrue(before.contains("<span class=\"num\">0</span>" + persons), "no ng:Person yet");
            String iri = server.iris().base() + "id/person/zoe-new";
            assertEquals(404, Http.get(server.url() + "id/person/zoe-new", "text/html").statusCode());
            String insert = "INSERT DATA { GRAPH <" + server.iris().base() + "graph/test/edits> { <" + iri + "> a "
                    + "<https://w3id.org/newsgraph/ns#Person> ; <https://schema.org/name> \"Zo\u00eb New\" } }";
            HttpResponse<String> ok = Http.post(server.url() + "kg/update", "application/sparql-update", insert, "*/*",
                    "editor", "s3cret");
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
            String after = Http.get(server.url(), "text/html").body();
            assertTrue(after.contains("<span class=\"num\">1</span>" + persons), "the kept home page was recomputed");
            assertEquals(200, Http.get(server.url() + "id/person/zoe-new", "text/html").statusCode());
            assertTrue(Http.get(server.url() + "search?q=zoe", "text/html").body().contains("href=\"./id/person/zoe-new\""));
        } finally {
            server.stop();
        }
    }

    @Test
    void servingAFolderWithoutAStoreSaysSo() {
        StoreException e = assertThrows(StoreException.class,
                () -> NewsgraphServer.create().dataDir(tmp.resolve("empty")).port(0).build());
        assertTrue(e.getMessage().startsWith("there is no Newsgraph store in " + tmp.resolve("empty")), e.getMessage());
        assertTrue(e.getMessage().contains("kg build"), e.getMessage());
    }

    @Test
    void aPasswordFileWithoutUsersIsRefused() throws Exception {
        Path data = buildSmallStore();
        Path passwd = Files.writeString(tmp.resolve("passwd"), "# nobody\n");
        StoreException e = assertThrows(StoreException.class,
                () -> NewsgraphServer.create().dataDir(data).port(0).passwordFile(passwd).build());
        assertTrue(e.getMessage().contains("names no user"), e.getMessage());
    }

    @Test
    void aStoreHeldByAnotherProcessIsAClearError() throws Exception {
        Path data = buildSmallStore();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StoreChild.class.getName(), "hold", data.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && !line.equals("holding")) {
                // the child's log lines
            }
            assertEquals("holding", line);
            StoreException e = assertThrows(StoreException.class,
                    () -> NewsgraphServer.create().dataDir(data).port(0).build());
            assertTrue(e.getMessage().contains("is in use by another process"), e.getMessage());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
