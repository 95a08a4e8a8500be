package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every canned query in {@code queries/} run over the {@link TestCorpus} graphs, loaded into an in-memory TDB2
 * dataset with the union default graph (as Fuseki serves it), its SPARQL CSV results compared exactly with a golden
 * file {@code src/test/resources/org/newsgraph/rdf/queries/NAME.csv}. To regenerate the golden files after a
 * deliberate change, run with {@code -Dnewsgraph.regenerate=true} and review the diff.
 */
class CannedQueriesTest {
    private static final String B = IriScheme.DEFAULT_BASE;
    private static final boolean REGENERATE = Boolean.getBoolean("newsgraph.regenerate");

    /** The parameters a query is run with, where it takes some. */
    private static final Map<String, Map<String, RDFNode>> PARAMETERS = Map.of(
            "timeline", Map.of("person", ResourceFactory.createResource(B + "id/person/recep-tayyip-erdogan")),
            "evidence", Map.of("fact",
                    ResourceFactory.createResource(B + "id/meeting/antony-blinken--mahmoud-abbas--2023-11-05")),
            "office-holders-on-day", Map.of("day", ResourceFactory.createTypedLiteral("2010-01-01",
                    XSDDatatype.XSDdate)));

    /** The exact columns the evaluation reads (shared/eval/README.md). */
    private static final Map<String, List<String>> SCORED_COLUMNS = Map.of(
            "persons", List.of("person", "name", "alias"),
            "positions", List.of("person", "name", "role", "organization"),
            "meetings", List.of("meeting", "status", "date", "place", "participant", "name"),
            "stances", List.of("holder", "name", "stance", "topic"));

    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = GraphTesting.dataset(TestCorpus.mapper().map(TestCorpus.articles()),
                new IriScheme(IriScheme.DEFAULT_BASE));
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    static Path home() {
        String home = System.getProperty("newsgraph.home");
        Path start = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("queries")) && Files.isDirectory(p.resolve("extractor"))) {
                return p;
            }
        }
        throw new IllegalStateException("no queries/ folder above " + start);
    }

    static Stream<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(home().resolve("queries"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    private static Path golden(String name) {
        return home().resolve("extractor/src/test/resources/org/newsgraph/rdf/queries/" + name + ".csv");
    }

    private static String run(Query query, Map<String, RDFNode> parameters) {
        return Txn.calculateRead(dataset, () -> {
            var builder = QueryExecution.dataset(dataset).query(query);
            parameters.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, rs);
                return out.toString(StandardCharsets.UTF_8);
            }
        });
    }

    @ParameterizedTest(name = "{0}.rq")
    @MethodSource("queries")
    void cannedQueryGivesTheExpectedResult(String name) throws IOException {
        Query query = QueryFactory.read(home().resolve("queries/" + name + ".rq").toString());
        String actual = run(query, PARAMETERS.getOrDefault(name, Map.of()));
        Path golden = golden(name);
        if (REGENERATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + "; run with -Dnewsgraph.regenerate=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
        assertTrue(actual.lines().count() > 1, name + " returns rows on the test corpus");
        if (SCORED_COLUMNS.containsKey(name)) {
            assertEquals(SCORED_COLUMNS.get(name), query.getResultVars(), "columns of " + name);
        }
    }

    @Test
    void theFourScoredQueriesExist() throws IOException {
        assertTrue(queries().toList().containsAll(SCORED_COLUMNS.keySet()));
    }
}
