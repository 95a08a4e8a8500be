package org.newsgraph.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality harness reads its bars and reports exactly the ones a result misses. */
class QualityBarsTest {
    @TempDir
    Path dir;

    private Scores score(Gold gold, ResultFixture f) throws Exception {
        f.write(dir);
        return Scorer.score(gold, ResultRows.read(dir));
    }

    @Test
    void aPerfectSeedsAnswerMeetsEveryBar() throws Exception {
        Gold gold = Gold.load(TestPaths.seedsGold());
        Scores s = score(gold, ResultFixture.perfect(gold));
        assertEquals(List.of(), ExtractionQualityTest.QualityBars.load().check("seeds", s));
    }

    @Test
    void aPlannedMeetingReportedAsHeldAndASplitPersonAreReported() throws Exception {
        Gold gold = Gold.load(TestPaths.seedsGold());
        ResultFixture f = ResultFixture.perfect(gold);
        f.t("meetings").rows.forEach(r -> r.put("status", "occurred"));
        f.t("persons").add("person", "urn:second", "name", "Mr Blinken", "alias", "");
        Scores s = score(gold, f);
        assertEquals(List.of(
                        "persons.fragments = 1, bar <= 0",
                        "planned_reported_as_held.count = 4, bar <= 0 [Antony Blinken + Fumio Kishida, "
                                + "Antony Blinken + Park Jin, Antony Blinken + Yoko Kamikawa, "
                                + "Antony Blinken + Yoon Suk Yeol]",
                        "meeting_pairs.f1 = 0.769, bar >= 0.900",
                        "not_happened_reported_as_held.count = 2, bar <= 0 [Antony Blinken + Recep Tayyip Erdogan, "
                                + "Benjamin Netanyahu + Recep Tayyip Erdogan]").stream().sorted().toList(),
                ExtractionQualityTest.QualityBars.load().check("seeds", s).stream().sorted().toList());
    }

    @Test
    void unmergedReportsOfOneMeetingFailTheDevBar() throws Exception {
        TestPaths.assumeDevGold();
        Gold gold = Gold.load(TestPaths.devGold());
        Scores s = score(gold, ResultFixture.perfect(gold));
        assertEquals(List.of("meetings.fragments = 3, bar <= 0"),
                ExtractionQualityTest.QualityBars.load().check("dev", s));
    }
}
