package org.newsgraph.mention;

import java.util.Objects;
import org.newsgraph.text.Span;

/**
 * A stretch of an article's text that names something, with what it refers to. Immutable.
 *
 * <p>{@code ref} is, by kind: PERSON, the article-local id of a {@link PersonEntity}; PLACE and ORGANIZATION, the
 * key of an {@link EntityRef}; TITLE, the normalised role ("Foreign Minister"); DATE, the ISO value; TRIGGER, the
 * fact type it triggers ("meeting", "stance"); TOPIC, the normalised topic label.
 */
public record Mention(MentionKind kind, Span span, int sentence, String text, String ref) {
    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ref, "ref");
    }
}
