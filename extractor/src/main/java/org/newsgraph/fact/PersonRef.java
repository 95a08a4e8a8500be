package org.newsgraph.fact;

import java.util.List;
import org.newsgraph.text.Span;

/**
 * A reference to one or more persons of the article at tokens {@code [start, end)} of a sentence: a name, a
 * pronoun ("he"), a description ("the Prime Minister", "his Iraqi counterpart") or a group ("the two leaders").
 * Immutable.
 *
 * @param persons the article-local person ids referred to (one, or several for a group)
 */
public record PersonRef(int sentence, int start, int end, Span span, List<String> persons, Kind kind) {
    /** How the persons are referred to; names are the surest, groups the least sure. */
    public enum Kind { NAME, PRONOUN, DESCRIPTION, GROUP }

    public PersonRef {
        persons = List.copyOf(persons);
    }
}
