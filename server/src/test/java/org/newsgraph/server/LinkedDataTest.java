package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreTesting;
import org.newsgraph.store.TestExtractor;
import org.newsgraph.store.TestMapper;

/**
 * The linked-data layer over HTTP, against the real server over a real TDB2 store of the seeds and a hostile article
 * ({@link TestGraph}): every minted IRI dereferences, content negotiation gives the same data in every format and the
 * same as the SPARQL endpoint, errors are 4xx pages without stack traces, the base is configurable, search and the
 * canned queries work, and no text from articles reaches the HTML unescaped.
 */
@ExtendWith(TestGraph.Extension.class)
class LinkedDataTest {
    static TestGraph graph;
    static final String BLINKEN = "id/person/antony-blinken";
    static final String RAMALLAH_MEETING = "id/meeting/antony-blinken--mahmoud-abbas--2023-11-05";

    @BeforeAll
    static void graph() {
        graph = TestGraph.get();
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        return Http.get(url, accept);
    }

    static String iri(String path) {
        return graph.base() + path;
    }

    /** Rows of a SELECT over the endpoint, as CSV. */
    static List<Map<String, String>> select(String query) throws Exception {
        HttpResponse<String> r = Http.post(graph.server().sparqlUrl(), "application/sparql-query", query, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Http.csv(r.body());
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    static void assertNoStackTrace(HttpResponse<String> r) {
        assertNoStackTrace(r.statusCode(), r.body());
    }

    static void assertNoStackTrace(int status, String b) {
        assertFalse(b.contains("Exception") || b.contains("\tat ") || b.contains("at org.") || b.contains("at java."),
                "no stack trace in a " + status + " response: " + b.substring(0, Math.min(600, b.length())));
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void everyMintedIriOfThePageKindsDereferencesAsHtmlAndTurtle() throws Exception {
        String q = """
                PREFIX ng: <https://w3id.org/newsgraph/ns#>
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT DISTINCT ?s ?type { VALUES ?type { ng:Person ng:Meeting ng:Country ng:City ng:Region
                  ng:Organization ng:Outlet org:Post org:Role ng:Tenure ng:Stance ng:Topic ng:Article } ?s a ?type }
                """;
        List<Map<String, String>> rows = select(q);
        Map<String, Integer> perType = new TreeMap<>();
        List<Long> times = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String s = row.get("s");
            assertTrue(s.startsWith(graph.base() + "id/"), s);
            String url = graph.url(s.substring(graph.base().length()));
            HttpResponse<String> html = get(url, "text/html");
            assertEquals(200, html.statusCode(), url);
            assertTrue(html.body().contains("<h1>"), url);
            times.add(serverMillis(html));
            HttpResponse<String> ttl = get(url, "text/turtle");
            assertEquals(200, ttl.statusCode(), url);
            Graph g = parse(ttl.body(), Lang.TURTLE);
            assertTrue(g.contains(NodeFactory.createURI(s), org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY), "the Turtle describes " + s);
            perType.merge(row.get("type").replaceAll(".*[#/]", ""), 1, Integer::sum);
        }
        for (String t : List.of("Person", "Meeting", "Country", "City", "Organization", "Post", "Role", "Tenure", "Stance",
                "Topic", "Article", "Outlet")) {
            assertTrue(perType.getOrDefault(t, 0) > 0, "some " + t + " was dereferenced: " + perType);
        }
        times.sort(null);
        System.out.printf("LinkedDataTest: %d resources as HTML; server render ms median %d, 95th %d, max %d; %s%n",
                times.size(), times.get(times.size() / 2), times.get(times.size() * 95 / 100), times.get(times.size() - 1),
                perType);
    }

    static long serverMillis(HttpResponse<String> r) {
        String t = r.headers().firstValue("Server-Timing").orElse("render;dur=0");
        return Math.round(Double.parseDouble(t.substring(t.indexOf("dur=") + 4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {BLINKEN, RAMALLAH_MEETING, "id/place/city-ramallah", "id/post/secretary-of-state--country-us",
            "id/article/004_cc14cf59531e5444", "id/article/900_hostile", "id/person/evil-name"})
    void everyFormatGivesTheSameDataAsEveryOtherAndAsSparql(String path) throws Exception {
        String url = graph.url(path);
        Map<String, Graph> graphs = new LinkedHashMap<>();
        Map<String, Lang> types = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
                "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML);
        for (Map.Entry<String, Lang> t : types.entrySet()) {
            HttpResponse<String> r = get(url, t.getKey());
            assertEquals(200, r.statusCode(), url + " as " + t.getKey());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(t.getKey()),
                    r.headers().firstValue("Content-Type").toString());
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
            graphs.put("Accept " + t.getKey(), parse(r.body(), t.getValue()));
        }
        for (Map.Entry<String, Lang> f : Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "nt", Lang.NTRIPLES, "rdf",
                Lang.RDFXML).entrySet()) {
            HttpResponse<String> byParam = get(url + "?format=" + f.getKey(), "text/html");
            assertEquals(200, byParam.statusCode(), "?format=" + f.getKey());
            graphs.put("?format=" + f.getKey(), parse(byParam.body(), f.getValue()));
            HttpResponse<String> bySuffix = get(url + "." + f.getKey(), "text/html");
            assertEquals(200, bySuffix.statusCode(), "." + f.getKey());
            graphs.put("." + f.getKey(), parse(bySuffix.body(), f.getValue()));
        }
        ParameterizedSparqlString construct = new ParameterizedSparqlString("""
                CONSTRUCT { ?s ?p ?o } WHERE {
                  { ?s ?p ?o FILTER (?s = ?r || STRSTARTS(STR(?s), ?fragments)) } UNION { ?s ?p ?o FILTER (?o = ?r) }
                }""");
        construct.setIri("r", iri(path));
        construct.setLiteral("fragments", iri(path) + "#");
        HttpResponse<String> sparql = Http.post(graph.server().sparqlUrl(), "application/sparql-query",
                construct.toString(), "application/n-triples");
        assertEquals(200, sparql.statusCode(), sparql.body());
        Graph expected = parse(sparql.body(), Lang.NTRIPLES);
        assertTrue(expected.size() > 3, "the resource has a description: " + expected.size());
        graphs.forEach((how, g) -> assertTrue(g.isIsomorphicWith(expected), how + " for " + path + ": " + g.size()
                + " triples, SPARQL gives " + expected.size()));
        HttpResponse<String> page = get(url, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertTrue(page.body().contains("<link rel=\"alternate\" type=\"text/turtle\""), "the page names its data");
    }

    @Test
    void namedGraphsDereferenceToTheirContentAsTheGraphStoreGivesIt() throws Exception {
        for (String g : List.of("graph/article/004_cc14cf59531e5444", "graph/resolution")) {
            HttpResponse<String> r = get(graph.url(g), "application/n-triples");
            assertEquals(200, r.statusCode(), g);
            HttpResponse<String> gsp = get(graph.url("kg/get?graph=" + URLEncoder.encode(iri(g), StandardCharsets.UTF_8)),
                    "application/n-triples");
            assertEquals(200, gsp.statusCode(), gsp.body());
            assertTrue(parse(r.body(), Lang.NTRIPLES).isIsomorphicWith(parse(gsp.body(), Lang.NTRIPLES)), g);
            HttpResponse<String> page = get(graph.url(g), "text/html");
            assertEquals(200, page.statusCode(), g);
        }
    }

    @Test
    void aPersonPageHasNameAliasesOfficesMeetingsStancesEvidenceAndIncomingLinks() throws Exception {
        String html = get(graph.url(BLINKEN), "text/html").body();
        assertTrue(html.contains("<h1>Antony Blinken</h1>"), "the name");
        assertTrue(html.contains("<span class=\"alias\">Blinken</span>"), "an alias");
        assertTrue(html.contains("Secretary of State of the United States"), "the office");
        assertTrue(html.contains("reported Sun 5 Nov 2023"), "when the office was observed");
        assertTrue(html.contains("href=\"../../" + RAMALLAH_MEETING + "\""), "the Ramallah meeting, linked");
        assertTrue(html.contains("href=\"../../id/person/mahmoud-abbas\""), "the other participant, linked");
        assertTrue(html.contains("href=\"../../id/place/city-ramallah\""), "the place, linked");
        assertTrue(html.contains("<svg") && html.contains("class=\"chart timeline\""), "a time line");
        assertTrue(html.contains("class=\"chart network\""), "the people met");
        assertTrue(html.contains("<blockquote>") && html.contains("class=\"m m-person"), "quoted, marked evidence");
        Matcher source = Pattern.compile("<a class=\"src\" href=\"\\.\\./\\.\\./id/article/[^\"#]+#char=\\d+,\\d+\"")
                .matcher(html);
        assertTrue(source.find(), "each quote links to its sentence in the article");
        assertTrue(html.contains("id=\"links-in\"") && html.contains("itsrdf:taIdentRef"), "incoming links");
        assertTrue(html.contains("supports") || html.contains("opposes"), "stances");
    }

    @Test
    void theArticlePageHasTheTextWithEveryMentionMarkedAndAnchoredSentences() throws Exception {
        String html = get(graph.url("id/article/004_cc14cf59531e5444"), "text/html").body();
        List<Map<String, String>> mentions = select("""
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT DISTINCT ?m { ?m nif:referenceContext ?c . ?c nif:sourceUrl <%s> .
                  FILTER NOT EXISTS { ?m a nif:Sentence } }""".formatted(iri("id/article/004_cc14cf59531e5444")));
        assertTrue(mentions.size() > 10, "mentions: " + mentions.size());
        int marked = 0;
        for (Map<String, String> m : mentions) {
            String id = m.get("m").substring(m.get("m").indexOf('#') + 1);
            if (html.contains("id=\"" + id + "\"")) {
                marked++;
            }
        }
        // Mentions nested in a longer one or overlapping another are shown inside it, without their own anchor.
        assertTrue(marked >= mentions.size() * 0.9, marked + " of " + mentions.size() + " mentions have an anchor");
        assertTrue(html.contains("<span class=\"s\" id=\"char="), "sentences are anchors for the evidence links");
        assertTrue(html.contains("href=\"../../id/person/mahmoud-abbas\""), "mentions link to what they name");
    }

    @Test
    void unknownResourcesAreA404PageOrA404Text() throws Exception {
        HttpResponse<String> html = get(graph.url("id/person/nobody-at-all"), "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("Not found") && html.body().contains("<form"), html.body());
        HttpResponse<String> ttl = get(graph.url("id/person/nobody-at-all"), "text/turtle");
        assertEquals(404, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals(404, get(graph.url("id/person/nobody.ttl"), "*/*").statusCode());
        assertEquals(404, get(graph.url("query?name=no-such-query"), "text/html").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/person/%zz", "id/person/a%3Cscript%3E", "id/person/%C4", "id/person/a%20b",
            "id/person/a%22onmouseover%3D", "id/person/antony-blinken?format=xyz", "id/person/antony-blinken?format=",
            "id/person/antony-blinken?page=abc", "id/person/antony-blinken?page=-1",
            "id/person/antony-blinken?incoming=not%20an%20iri", "id/person/antony-blinken?incoming=",
            "query?name=timeline&person=javascript:alert(1)", "query?name=timeline&person=http://x/%3E%20%7B",
            "query?name=office-holders-on-day&day=2023-02-30", "query?name=persons&format=xml", "id/%2e%2e/kg/sparql",
            "id/", "graph/"})
    void malformedRequestsAre4xxWithoutAStackTrace(String path) throws Exception {
        for (String accept : List.of("text/html", "text/turtle")) {
            Map.Entry<Integer, String> r = Http.raw(graph.url(), "/" + path, accept);
            assertTrue(r.getKey() >= 400 && r.getKey() < 500, path + " as " + accept + ": " + r.getKey());
            assertNoStackTrace(r.getKey(), r.getValue());
        }
    }

    @Test
    void unacceptableHugeAndOddAcceptHeadersAre4xx() throws Exception {
        HttpResponse<String> png = get(graph.url(BLINKEN), "image/png");
        assertEquals(406, png.statusCode());
        assertTrue(png.body().contains("text/turtle"), "says what is on offer: " + png.body());
        HttpResponse<String> big = get(graph.url(BLINKEN), "text/html;q=0.1, " + "application/x-junk;q=0.5, ".repeat(250));
        assertEquals(400, big.statusCode(), "an Accept header over 4096 characters");
        assertNoStackTrace(big);
        HttpResponse<String> huge = get(graph.url(BLINKEN), "a/b, ".repeat(20_000));
        assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, "a 100 kB header: " + huge.statusCode());
        assertNoStackTrace(huge);
        for (String odd : List.of(";;;,,,", "text/turtle;q=", "*/*;q=NaN", "text/turtle;;q=0.5", "x/y;q=0.5;q=0.7")) {
            HttpResponse<String> r = get(graph.url(BLINKEN), odd);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 406, odd + ": " + r.statusCode());
        }
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(graph.url(BLINKEN)))
                    .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode(), method);
        }
        HttpResponse<String> head = Http.CLIENT.send(HttpRequest.newBuilder(URI.create(graph.url(BLINKEN)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Pages that show the hostile article's text and names, and the hand-made graph's names. */
    static final List<String> HOSTILE_PAGES = List.of("", "id/article/900_hostile", "id/person/evil-name",
            "id/meeting/antony-blinken--evil-name--2023-11-09", BLINKEN, "search?q=%3Cscript%3E", "search?q=O%27Hara",
            "search?q=evil", "search?q=Vera", "query?name=persons", "query?name=meetings",
            "id/person/evil-name?incoming=https%3A%2F%2Fschema.org%2Fknows", "id/person/antony-blinken?incoming="
                    + URLEncoder.encode("https://schema.org/knows", StandardCharsets.UTF_8));

    @Test
    void textFromArticlesAndNamesReachesTheHtmlOnlyEscaped() throws Exception {
        List<String> hostilePages = new ArrayList<>(HOSTILE_PAGES);
        for (Map<String, String> row : select("""
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT DISTINCT ?e { ?m nif:referenceContext ?c ; <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e .
                  ?c nif:sourceUrl <%s> }""".formatted(iri("id/article/900_hostile")))) {
            hostilePages.add(row.get("e").substring(graph.base().length()));
        }
        boolean sawEscapedScript = false;
        for (String path : hostilePages) {
            HttpResponse<String> r = get(graph.url(path), "text/html");
            assertEquals(200, r.statusCode(), path);
            String html = r.body();
            for (String raw : List.of("<script>window", "<img src=x", "<b onmouseover", "<i>the Hammer", "onerror=\"window",
                    "onmouseover=\"window", "href=\"javascript:", "</title><script>")) {
                assertFalse(html.contains(raw), path + " holds unescaped " + raw);
            }
            Matcher scripts = Pattern.compile("<script[^>]*>").matcher(html);
            while (scripts.find()) {
                assertTrue(scripts.group().matches("<script src=\"(\\./|(\\.\\./)+)assets/newsgraph\\.js\" defer=\"defer\">"),
                        path + ": only the page's own script: " + scripts.group());
            }
            for (String attribute : attributeNames(html)) {
                assertFalse(attribute.toLowerCase(java.util.Locale.ROOT).startsWith("on") || attribute.equals("style")
                        || attribute.equals("srcdoc"), path + ": an attribute that runs code: " + attribute);
            }
            sawEscapedScript |= html.contains("&lt;script&gt;window.__pwned");
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
        }
        assertTrue(sawEscapedScript, "the hostile text is shown (escaped), not dropped");
        String article = get(graph.url("id/article/900_hostile"), "text/html").body();
        assertTrue(article.contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;"), "the article's text, escaped");
        assertTrue(article.contains("<code>javascript:window.__pwned=4</code>"), "the sidecar's URL shown as text, not linked");
    }

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=>/]+)(?:=\"[^\"]*\")?");

    /**
     * The names of the attributes of every tag in {@code html}. The pages quote every value with double quotes, so a
     * tag is its name and then name="value" pairs; text, escaped, holds no {@code <}.
     */
    static List<String> attributeNames(String html) {
        List<String> names = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher a = ATTRIBUTE.matcher(tag.group(2));
            while (a.find()) {
                names.add(a.group(1));
            }
        }
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
            if (i + 1 < html.length() && Character.isLetter(html.charAt(i + 1))) {
                tags++;
            }
        }
        Matcher count = TAG.matcher(html);
        int matched = 0;
        while (count.find()) {
            matched++;
        }
        assertEquals(tags, matched, "every tag is name=\"value\" pairs");
        return names;
    }

    // ---------------------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Blinken|" + BLINKEN, "blinken|" + BLINKEN, "ANTHONY J|" + BLINKEN, "Erdoğan|id/person/recep-tayyip-erdogan",
            "erdogan recep|id/person/recep-tayyip-erdogan", "ramallah|id/place/city-ramallah",
            "Blinken Abbas|" + RAMALLAH_MEETING, "state department|id/org/state-department"})
    void searchFindsByAnyNameIgnoringCaseAndAccents(String queryAndPath) throws Exception {
        String[] qp = queryAndPath.split("\\|");
        HttpResponse<String> r = get(graph.url("search?q=" + URLEncoder.encode(qp[0], StandardCharsets.UTF_8)), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("href=\"./" + qp[1] + "\""), qp[0] + " finds " + qp[1] + ":\n" + r.body());
    }

    @Test
    void theHomePageHasSearchCountsTimelineNetworkAndTheCannedQueries() throws Exception {
        String html = get(graph.url(""), "text/html").body();
        assertTrue(html.contains("action=\"./search\""), "a search box");
        assertTrue(html.contains("<span class=\"num\">6</span><span class=\"what\">articles</span>"), "counts");
        assertTrue(html.contains("class=\"chart timeline\"") && html.contains("class=\"tl-item st-occurred\""), "a time line");
        assertTrue(html.contains("class=\"chart network\"") && html.contains("class=\"nw-node"), "a network");
        assertTrue(html.contains("href=\"./?sparql#/dataset/kg/query\""), "the query editor");
        Path queries = StoreTesting.home().resolve("queries");
        try (var files = Files.list(queries)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replace(".rq", "");
                assertTrue(html.contains("href=\"./query?name=" + name + "\""), "runs " + name);
            }
        }
    }

    @Test
    void cannedQueriesRunWithOneClickAsPagesAndAsCsvWithBoundParameters() throws Exception {
        Path queries = StoreTesting.home().resolve("queries");
        try (var files = Files.list(queries)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = f.getFileName().toString().replace(".rq", "");
                HttpResponse<String> page = get(graph.url("query?name=" + name), "text/html");
                assertEquals(200, page.statusCode(), name);
                assertTrue(page.body().contains("<table class=\"data results\">"), name);
                HttpResponse<String> csv = get(graph.url("query?name=" + name + "&format=csv"), "*/*");
                assertEquals(200, csv.statusCode(), name);
                HttpResponse<String> endpoint = Http.post(graph.server().sparqlUrl(), "application/sparql-query",
                        Files.readString(f), "text/csv");
                if (!name.equals("office-holders-on-day")) { // its default day is today: both agree only on the same day
                    assertEquals(Http.csv(endpoint.body()).size(), Http.csv(csv.body()).size(), name + ": as many rows as the endpoint");
                }
            }
        }
        HttpResponse<String> timeline = get(graph.url("query?name=timeline&format=csv&person="
                + URLEncoder.encode(iri("id/person/mahmoud-abbas"), StandardCharsets.UTF_8)), "*/*");
        List<Map<String, String>> rows = Http.csv(timeline.body());
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.get("name").equals("Mahmoud Abbas")), "bound to Abbas: " + rows);
        HttpResponse<String> late = get(graph.url("query?name=office-holders-on-day&format=csv&day=2023-11-10"), "*/*");
        assertTrue(Http.csv(late.body()).stream().anyMatch(r -> r.get("name").equals("Hakan Fidan")), late.body());
        HttpResponse<String> early = get(graph.url("query?name=office-holders-on-day&format=csv&day=2023-11-05"), "*/*");
        assertTrue(Http.csv(early.body()).stream().noneMatch(r -> r.get("name").equals("Hakan Fidan")), early.body());
    }

    @Test
    void meetingListsFilterByPersonPlaceAndDates() throws Exception {
        String all = get(graph.url("meetings"), "text/html").body();
        assertTrue(all.contains("<h1>Meetings</h1>") && all.contains("14 meetings"), "every meeting");
        String nov5 = get(graph.url("meetings?from=2023-11-05&to=2023-11-05"), "text/html").body();
        assertTrue(nov5.contains("2 meetings") && nov5.contains("href=\"./" + RAMALLAH_MEETING + "\""), nov5);
        String abbas = get(graph.url("meetings?person=" + URLEncoder.encode(iri("id/person/mahmoud-abbas"),
                StandardCharsets.UTF_8)), "text/html").body();
        assertTrue(abbas.contains("Meetings of Mahmoud Abbas") && abbas.contains("1 meeting,"), abbas);
        String ps = get(graph.url("meetings?place=" + URLEncoder.encode(iri("id/country/ps"), StandardCharsets.UTF_8)),
                "text/html").body();
        assertTrue(ps.contains("href=\"./" + RAMALLAH_MEETING + "\""), "a meeting in a city of the country");
        for (String bad : List.of("meetings?from=2023-13-01", "meetings?person=https://evil.example/x",
                "meetings?place=x%20y", "meetings?page=x")) {
            assertEquals(400, get(graph.url(bad), "text/html").statusCode(), bad);
        }
    }

    @Test
    void keyPagesRenderWellUnderASecond() throws Exception {
        Map<String, Long> worst = new LinkedHashMap<>();
        for (String path : List.of("", BLINKEN, RAMALLAH_MEETING, "id/article/002_83b5ac5e2b922410",
                "id/place/city-ramallah", "id/post/secretary-of-state--country-us", "search?q=blinken")) {
            get(graph.url(path), "text/html");
            long max = 0;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = get(graph.url(path), "text/html");
                assertEquals(200, r.statusCode());
                max = Math.max(max, (System.nanoTime() - t0) / 1_000_000);
            }
            worst.put(path.isEmpty() ? "home" : path, max);
        }
        System.out.println("LinkedDataTest: slowest of 3 warm requests, ms: " + worst);
        worst.forEach((p, ms) -> assertTrue(ms < 1000, p + " took " + ms + " ms"));
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void withAnotherBaseTheIrisAreTheBasesAndStillDereferenceOnLocalhost(@TempDir Path tmp) throws Exception {
        String base = "https://kg.example.org/news/";
        Path data = tmp.resolve("data");
        StoreTesting.write(tmp.resolve("in/a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).base(base).extractor(new TestExtractor())
                .mapper(TestMapper::new).open()) {
            store.build(List.of(tmp.resolve("in")));
        }
        NewsgraphServer server = NewsgraphServer.create().dataDir(data).port(0).build().start();
        try {
            String person = select(server, "SELECT ?p { ?p a <https://schema.org/Person> } LIMIT 1");
            assertTrue(person.startsWith(base + "id/person/"), person);
            String path = person.substring(base.length());
            for (String url : List.of(server.url() + path, server.url() + "news/" + path)) {
                HttpResponse<String> ttl = Http.get(url, "text/turtle");
                assertEquals(200, ttl.statusCode(), url);
                assertTrue(parse(ttl.body(), Lang.TURTLE).contains(NodeFactory.createURI(person),
                        org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY), ttl.body());
                HttpResponse<String> html = Http.get(url, "text/html");
                assertEquals(200, html.statusCode(), url);
                assertTrue(html.body().contains("<code class=\"iri\">" + person + "</code>"), "shows the IRI");
                assertFalse(html.body().contains("href=\"" + base), "links stay on this server (relative)");
            }
        } finally {
            server.stop();
        }
    }

    private static String select(NewsgraphServer server, String query) throws Exception {
        HttpResponse<String> r = Http.post(server.sparqlUrl(), "application/sparql-query", query, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, String>> rows = Http.csv(r.body());
        assertNotNull(rows);
        assertFalse(rows.isEmpty(), query);
        return rows.get(0).values().iterator().next();
    }
}
