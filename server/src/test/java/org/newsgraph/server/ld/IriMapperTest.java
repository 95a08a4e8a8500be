package org.newsgraph.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.rdf.IriScheme;

class IriMapperTest {
    final IriMapper local = new IriMapper(new IriScheme("http://localhost:3030/"));
    final IriMapper deployed = new IriMapper(new IriScheme("https://kg.example.org/news/"));

    @Test
    void requestPathsMapToIrisUnderTheBase() {
        assertEquals("http://localhost:3030/id/person/antony-blinken", local.iri("/id/person/antony-blinken"));
        assertEquals("https://kg.example.org/news/id/person/antony-blinken", deployed.iri("/id/person/antony-blinken"));
        assertEquals("https://kg.example.org/news/id/person/antony-blinken",
                deployed.iri("/news/id/person/antony-blinken"), "the base's own path is accepted too");
        assertEquals("http://localhost:3030/graph/article/000_0cea", local.iri("/graph/article/000_0cea"));
    }

    @Test
    void percentEncodedUtf8IsDecoded() {
        assertEquals("http://localhost:3030/id/person/\u0131lham-aliyev", local.iri("/id/person/%C4%B1lham-aliyev"));
        assertEquals("http://localhost:3030/id/person/\u0131lham", local.iri("/id/person/\u0131lham"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/person/a%20b", "/id/person/a%3Cscript%3E", "/id/person/%", "/id/person/%zz",
            "/id/person/%C4", "/id/person/%FF%FE", "/id/person/a%22b", "/id/person/a%23b", "/id/person/a%3Fb",
            "/id/person/a%00b", "/id//x", "/id/person/..", "/id/person/%2E%2E", "/other/x", "/id/a%25b", "/id/a%7Bb%7D",
            "/id/a%5Cb", "/id/a%60b"})
    void malformedOrForeignPathsAreBadRequests(String path) {
        assertThrows(BadRequestException.class, () -> local.iri(path));
    }

    @Test
    void localPathsForLinks() {
        assertEquals("id/person/x", local.localPath("http://localhost:3030/id/person/x"));
        assertEquals("id/article/a#char=1,5", local.localPath("http://localhost:3030/id/article/a#char=1,5"));
        assertNull(local.localPath("https://schema.org/name"));
        assertNull(local.localPath("http://localhost:3030/kg/sparql"));
        assertEquals("/news/", deployed.basePath());
    }
}
