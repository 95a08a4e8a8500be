package org.newsgraph.evaluation;

import org.newsgraph.NewsgraphException;

/**
 * A gold file, a result table or a canned query that cannot be used for scoring. The message names the file (or
 * query) and what is wrong with it, for example {@code gold seeds-gold.json: positions[3] has no "role"}.
 */
public class EvaluationException extends NewsgraphException {
    public EvaluationException(String message) {
        super(message);
    }

    public EvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
