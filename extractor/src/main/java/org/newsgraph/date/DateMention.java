package org.newsgraph.date;

import org.newsgraph.text.Span;

/** A date expression in the text, with the value it resolves to and how it was resolved. Immutable. */
public record DateMention(Span span, int sentence, String text, DateValue value, DateBasis basis) {
}
