package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.fact.PositionFact;

/**
 * A person's holding of a post, as all articles together report it. Immutable.
 *
 * @param current       whether the latest report has it as held, not former (see the ontology's ng:current)
 * @param firstObserved the earliest reference date of a report that has it as held
 * @param lastObserved  the latest such date
 */
public record ResolvedTenure(String key, String personKey, ResolvedPost post, List<Report<PositionFact>> reports,
                             boolean current, Optional<LocalDate> firstObserved, Optional<LocalDate> lastObserved,
                             Support support) {
    public ResolvedTenure {
        reports = List.copyOf(reports);
    }
}
