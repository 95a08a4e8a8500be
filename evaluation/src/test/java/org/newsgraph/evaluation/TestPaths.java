package org.newsgraph.evaluation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Where tests find the project's files ({@code seeds/}) and the shared evaluation material ({@code ../shared/eval}:
 * score.py, the dev set), and whether python3 is there to run score.py. A user's clone has no {@code ../shared};
 * tests that need it are skipped with a message that says so.
 */
final class TestPaths {
    private static Boolean python;

    private TestPaths() {
    }

    /** The project root: the system property {@code newsgraph.home} (set by the build), else the working folder's. */
    static Path projectRoot() {
        String home = System.getProperty("newsgraph.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root: set -Dnewsgraph.home");
        }
        return dir;
    }

    static Path seedsDir() {
        return projectRoot().resolve("seeds");
    }

    static Path seedsGold() {
        return seedsDir().resolve("seeds-gold.json");
    }

    /**
     * The shared evaluation folder: {@code -Dnewsgraph.shared.eval} when set, else {@code shared/eval} beside the
     * project root ({@code ../shared/eval}) or beside one of its ancestors (a git worktree kept one level deeper,
     * such as {@code wt/NAME}, finds the same folder as the main checkout). When none exists, the
     * {@code ../shared/eval} path that was expected.
     */
    static Path sharedEval() {
        String set = System.getProperty("newsgraph.shared.eval");
        if (set != null && !set.isBlank()) {
            return Path.of(set).toAbsolutePath().normalize();
        }
        Path root = projectRoot();
        for (Path dir = root.getParent(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/eval");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return root.resolve("../shared/eval").normalize();
    }

    static Path scorePy() {
        return sharedEval().resolve("score.py");
    }

    static Path devGold() {
        return sharedEval().resolve("dev/gold");
    }

    static Path devDocs() {
        return sharedEval().resolve("dev/docs");
    }

    /** Skips the calling test unless score.py and python3 are both present. */
    static void assumeScorePy() {
        assumeTrue(Files.isRegularFile(scorePy()),
                "skipped: the reference scorer " + scorePy() + " is absent (a clone without ../shared/eval)");
        assumeTrue(hasPython(), "skipped: python3 is not on the PATH, so score.py cannot be run");
    }

    /** Skips the calling test unless the dev gold folder is present. */
    static void assumeDevGold() {
        assumeTrue(Files.isDirectory(devGold()),
                "skipped: the dev gold " + devGold() + " is absent (a clone without ../shared/eval)");
    }

    static synchronized boolean hasPython() {
        if (python == null) {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                python = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                python = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                python = false;
            }
        }
        return python;
    }
}
