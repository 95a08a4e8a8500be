package org.newsgraph.evaluation;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One evaluation: the scores, and the query results they were computed from (so the same results can be handed to
 * score.py). Immutable, thread-safe.
 *
 * <pre>{@code
 * EvaluationResult r = new Evaluator(dataset).evaluate(Path.of("seeds/seeds-gold.json"));
 * out.print(r.format());          // as score.py prints it
 * r.writeResults(Path.of("run")); // python3 score.py seeds/seeds-gold.json run  gives the same figures
 * }</pre>
 */
public record EvaluationResult(Scores scores, ResultCsv results) {
    public EvaluationResult {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(results, "results");
    }

    /** The text score.py prints by default. */
    public String format() {
        return scores.format();
    }

    /** The text {@code score.py --json} prints. */
    public String toJson() {
        return scores.toJson();
    }

    /** Writes the four CSV files the scores were computed from into a folder. */
    public void writeResults(Path dir) {
        results.write(dir);
    }
}
