package org.newsgraph.resolve;

/** Why resolution chose one value over the others the articles state. Mirrors the ontology's ng:ChoiceReason. */
public enum ChoiceReason {
    /** More independent articles state it. */
    MORE_SOURCES,
    /** It is more specific and agrees with the others (a city over its country, a full date over a month). */
    MORE_SPECIFIC,
    /** A report of the meeting as held outweighs reports of it as planned. */
    HELD_OVER_PLANNED,
    /** As many sources; the date was stated more directly. */
    MORE_RELIABLE_DATE,
    /** Nothing favoured either: a fixed order chose, so rebuilds agree. */
    FIXED_ORDER
}
