package org.newsgraph.text;

import java.util.Objects;

/** A run of an article's text of one {@link BlockKind}, as a span of the original text. Immutable. */
public record Block(BlockKind kind, Span span) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }
}
