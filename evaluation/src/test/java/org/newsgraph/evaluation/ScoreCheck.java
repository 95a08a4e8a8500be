package org.newsgraph.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scores a small hand-written case with the Java scorer and, when score.py and python3 are present, checks that
 * score.py gives the same JSON and text on the same files. Each rule test so checks its expectation and the port
 * at once; without score.py only the expectation is checked.
 */
final class ScoreCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private String gold = "{}";
    private final String[] csv = new String[4];
    private boolean compareWithScorePy = true;

    static ScoreCheck gold(String goldJson) {
        ScoreCheck c = new ScoreCheck();
        c.gold = goldJson;
        return c;
    }

    ScoreCheck persons(String text) {
        csv[0] = text;
        return this;
    }

    ScoreCheck positions(String text) {
        csv[1] = text;
        return this;
    }

    ScoreCheck meetings(String text) {
        csv[2] = text;
        return this;
    }

    ScoreCheck stances(String text) {
        csv[3] = text;
        return this;
    }

    /** For a case whose score.py outcome depends on Python's set order (and so cannot be compared). */
    ScoreCheck javaOnly() {
        compareWithScorePy = false;
        return this;
    }

    Scores score() {
        try {
            Path dir = Files.createTempDirectory("score-check");
            try {
                Path goldFile = dir.resolve("gold.json");
                Files.writeString(goldFile, gold, StandardCharsets.UTF_8);
                Path results = dir.resolve("results");
                Files.createDirectories(results);
                for (int i = 0; i < 4; i++) {
                    if (csv[i] != null) {
                        Files.writeString(results.resolve(ResultRows.FILES.get(i)), csv[i], StandardCharsets.UTF_8);
                    }
                }
                Scores scores = Scorer.score(Gold.load(goldFile), ResultRows.read(results));
                if (compareWithScorePy && Files.isRegularFile(TestPaths.scorePy()) && TestPaths.hasPython()) {
                    ScorePy.runBatch(goldFile, java.util.List.of(dir), dir);
                    if (Files.exists(dir.resolve("error.txt"))) {
                        throw new AssertionError("score.py failed: " + Files.readString(dir.resolve("error.txt")));
                    }
                    assertEquals(JSON.readTree(Files.readString(dir.resolve("score.json"))),
                            JSON.readTree(scores.toJson()), "score.py --json vs Java");
                    assertEquals(Files.readString(dir.resolve("score.txt")), scores.format(), "score.py text vs Java");
                }
                return scores;
            } finally {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
