package org.newsgraph.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the reference scorer, {@code ../shared/eval/score.py}, with python3. Callers check {@link TestPaths#assumeScorePy}. */
final class ScorePy {
    private ScorePy() {
    }

    /** The output of {@code python3 score.py GOLD DIR [--json]}, run as its own process. */
    static String run(Path gold, Path resultsDir, boolean json) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", TestPaths.scorePy().toString(), gold.toString(),
                resultsDir.toString()));
        if (json) {
            cmd.add("--json");
        }
        return exec(cmd);
    }

    /**
     * Scores many cases in one python3 process with score.py's own {@code main()} (see score_batch.py): for each
     * case folder, {@code CASE/results} is scored and the outputs are written to {@code CASE/score.json} and
     * {@code CASE/score.txt} ({@code CASE/error.txt} if score.py failed).
     */
    static void runBatch(Path gold, List<Path> cases, Path work) throws IOException, InterruptedException {
        Path driver = work.resolve("score_batch.py");
        try (InputStream in = ScorePy.class.getResourceAsStream("score_batch.py")) {
            Files.write(driver, in.readAllBytes());
        }
        Path list = work.resolve("cases.txt");
        Files.write(list, cases.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        exec(List.of("python3", driver.toString(), TestPaths.scorePy().toString(), gold.toString(), list.toString()));
    }

    private static String exec(List<String> cmd) throws IOException, InterruptedException {
        Path err = Files.createTempFile("score-py", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", cmd));
            }
            if (p.exitValue() != 0) {
                throw new IOException("exit " + p.exitValue() + " from " + String.join(" ", cmd) + ":\n"
                        + Files.readString(err));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
