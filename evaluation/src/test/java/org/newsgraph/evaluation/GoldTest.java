package org.newsgraph.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold files: a corpus-level file as it is, a folder merged as score.py's load_gold merges it. */
class GoldTest {
    @Test
    void aFolderIsMergedFileByFileInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.json"), """
                {"persons": [{"name": "A B", "aliases": ["B", "Mr B"]}, {"name": "C D"}],
                 "positions": [{"person": "C D", "role": "King", "of": "Jordan"}],
                 "meetings": [{"participants": ["A B", "C D"], "date": "2020-01-02", "optional": true}],
                 "places": {"Jordan": ["Hashemite Kingdom"]}, "ignore_persons": ["X Y"]}
                """);
        Files.writeString(dir.resolve("a.json"), """
                {"persons": [{"name": "A B", "aliases": ["A", "B"]}],
                 "positions": [{"person": "A B", "role": "President", "of": null, "role_aliases": ["Head"]}],
                 "places": {"Jordan": []}, "stances": [{"holder": "A B", "stance": "supports", "topic": "peace"}]}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not gold");
        Gold gold = Gold.load(dir);
        assertEquals(List.of(new Gold.Person("A B", List.of("A", "B", "Mr B")), new Gold.Person("C D", List.of())),
                gold.persons());
        assertEquals(List.of("A B", "C D"), gold.positions().stream().map(Gold.Position::person).toList());
        assertNull(gold.positions().get(0).of());
        assertEquals(Map.of("Jordan", List.of("Hashemite Kingdom")), gold.places());
        assertTrue(gold.meetings().get(0).optional());
        assertEquals(List.of("peace"), gold.stances().get(0).words());
        assertEquals(List.of("X Y"), gold.ignorePersons());
    }

    @Test
    void theDevGoldFolderHoldsWhatItsReadmeCounts() {
        TestPaths.assumeDevGold();
        Gold dev = Gold.load(TestPaths.devGold());
        assertEquals(68, dev.persons().size());
        assertEquals(74, dev.positions().size());
        assertEquals(11, dev.plannedMeetings().size());
        assertEquals(4, dev.nonMeetings().size());
        assertEquals(26, dev.stances().size());
    }

    @Test
    void theSeedsGoldLoads() {
        Gold seeds = Gold.load(TestPaths.seedsGold());
        assertEquals(23, seeds.persons().size());
        assertEquals(List.of("Türkiye", "Turkiye"), seeds.places().get("Turkey"));
    }

    @Test
    void aCorpusFileWithoutPersonsIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("one.json");
        Files.writeString(f, "{\"positions\": [], \"meetings\": []}");
        EvaluationException e = assertThrows(EvaluationException.class, () -> Gold.load(f));
        assertEquals("gold " + f + ": has no \"persons\" (a gold folder must be given as a folder)", e.getMessage());
    }

    @Test
    void aPositionWithoutRoleIsRefusedWithItsIndex() {
        EvaluationException e = assertThrows(EvaluationException.class, () -> Gold.parse("""
                {"persons": [], "meetings": [], "positions": [{"person": "A"}]}
                """, "x.json"));
        assertEquals("gold x.json: positions[0] has no \"role\"", e.getMessage());
    }
}
