package org.newsgraph.text;

import java.util.Optional;

/**
 * The dateline that opens a news report: {@code "MILAN, Aug 13 (Reuters) -"} gives a place span and a date span,
 * {@code "AQABA, JORDAN -"} only a place. Spans are of the original text. Immutable.
 */
public record Dateline(Span span, Optional<Span> place, Optional<Span> date) {
}
