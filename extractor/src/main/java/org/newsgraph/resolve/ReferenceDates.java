package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.date.DateBasis;
import org.newsgraph.date.DateMention;
import org.newsgraph.extract.Extraction;
import org.newsgraph.text.Dateline;
import org.newsgraph.text.Span;

/**
 * The date an article speaks from: its published date when the sidecar gives one; else the full date of its
 * dateline; else the latest full date its text states (explicitly, or with the year from context). Claims are
 * observed on it; tenures are dated by it. Stateless.
 */
public final class ReferenceDates {
    private ReferenceDates() {
    }

    public static Optional<LocalDate> of(Extraction x) {
        if (x.article().meta().published().isPresent()) {
            return x.article().meta().published();
        }
        Optional<Span> dateline = x.layout().dateline().flatMap(Dateline::date);
        if (dateline.isPresent()) {
            Optional<LocalDate> d = x.dates().stream()
                    .filter(m -> m.span().overlaps(dateline.get()))
                    .flatMap(m -> m.value().toLocalDate().stream())
                    .max(LocalDate::compareTo);
            if (d.isPresent()) {
                return d;
            }
        }
        return x.dates().stream()
                .filter(m -> m.basis() == DateBasis.EXPLICIT || m.basis() == DateBasis.YEAR_FROM_CONTEXT)
                .map(DateMention::value)
                .flatMap(v -> v.toLocalDate().stream())
                .max(LocalDate::compareTo);
    }
}
