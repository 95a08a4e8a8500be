package org.newsgraph.resolve;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.fact.Fact;

/**
 * One fact as one article states it, with what resolution needs to weigh it. Immutable.
 *
 * @param factIndex  the index of the fact in its extraction's fact list
 * @param observedOn the article's reference date
 * @param source     who stands behind it: the outlet key, or {@code article:ID} when the article names no outlet;
 *                   reports with the same source are not independent
 * @param confidence how far to trust the extraction of this one report (see {@link Confidence})
 */
public record Report<F extends Fact>(String articleId, int factIndex, F fact, Optional<LocalDate> observedOn,
                                     String source, BigDecimal confidence) {
    /** The sentence that states it. */
    public int sentence() {
        return fact.evidence().sentence();
    }

    /** A key unique in the corpus and independent of input order: {@code ARTICLE#INDEX}. */
    public String id() {
        return articleId + "#" + factIndex;
    }
}
