package org.newsgraph.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator over a real (in-memory) TDB2 dataset whose facts are all in named graphs, with stand-in queries
 * from the test resources: it sees the union of the graphs, passes the answers through SPARQL CSV, and its
 * figures equal score.py's on the files it writes.
 */
class EvaluatorTest {
    private static final CannedQueries TEST_QUERIES = CannedQueries.fromClasspath(
            EvaluatorTest.class.getClassLoader(), "org/newsgraph/evaluation/testqueries");

    private Dataset dataset;

    @BeforeEach
    void load() throws Exception {
        dataset = TDB2Factory.createDataset();
        try (InputStream in = EvaluatorTest.class.getResourceAsStream("evaluator-fixture.trig")) {
            dataset.executeWrite(() -> RDFDataMgr.read(dataset, in, Lang.TRIG));
        }
        assertTrue(dataset.calculateRead(() -> dataset.getDefaultModel().isEmpty()), "fixture: default graph empty");
    }

    @Test
    void scoresTheUnionOfTheNamedGraphs() {
        EvaluationResult r = new Evaluator(dataset, TEST_QUERIES).evaluate(TestPaths.seedsGold());
        Scores s = r.scores();
        // Blinken, Abbas, Erdogan, Fidan; Jonathan Ernst is a photo credit and counts neither way
        assertEquals(Scores.Prf.of(4, 4, 23), s.persons());
        // "Palestinian" names Palestine
        assertEquals(Scores.Prf.of(2, 2, 24), s.positions());
        // the refused Blinken-Erdogan meeting is not a meeting
        assertEquals(Scores.Prf.of(2, 2, 10), s.meetingPairs());
        assertEquals(List.of(), s.nonMeetingsReported());
        assertEquals(new Scores.Count(2, 6), s.meetingDates());
        assertEquals(new Scores.Count(1, 9), s.meetingPlaces());
        assertEquals(Scores.Prf.of(1, 1, 8), s.stances());
    }

    @Test
    void answersPassThroughSparqlCsvAsJenaWritesIt() {
        ResultCsv csv = new Evaluator(dataset, TEST_QUERIES).runQueries();
        assertTrue(csv.persons().startsWith("person,name,alias\r\n"), csv.persons());
        assertTrue(csv.persons().contains("http://localhost:3030/id/person/antony-blinken,Antony Blinken,Blinken\r\n"),
                csv.persons());
        assertTrue(csv.meetings().contains(",occurred,2023-11-05,Ramallah,"), csv.meetings());
        assertTrue(csv.stances().contains(",opposes,\"a ceasefire, now\"\r\n"), csv.stances());
    }

    @Test
    void scorePyGivesTheSameFiguresOnTheWrittenResults(@TempDir Path dir) throws Exception {
        TestPaths.assumeScorePy();
        EvaluationResult r = new Evaluator(dataset, TEST_QUERIES).evaluate(TestPaths.seedsGold());
        r.writeResults(dir);
        assertEquals(List.of("meetings.csv", "persons.csv", "positions.csv", "stances.csv"),
                Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(ScorePy.run(TestPaths.seedsGold(), dir, true)), json.readTree(r.toJson()));
        assertEquals(ScorePy.run(TestPaths.seedsGold(), dir, false), r.format());
    }

    @Test
    void aMissingCannedQueryIsNamed() {
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> CannedQueries.fromClasspath(getClass().getClassLoader(), "no/such/folder"));
        assertEquals("canned query no/such/folder/persons.rq is not on the class path (the store module ships"
                + " queries/*.rq there)", e.getMessage());
    }

    @Test
    void aQueryThatIsNotSparqlIsNamed() {
        CannedQueries broken = new CannedQueries("SELECT nothing", TEST_QUERIES.positions(), TEST_QUERIES.meetings(),
                TEST_QUERIES.stances());
        EvaluationException e = assertThrows(EvaluationException.class,
                () -> new Evaluator(dataset, broken).runQueries());
        assertTrue(e.getMessage().startsWith("canned query persons.rq: "), e.getMessage());
    }
}
