package org.newsgraph.nlp;

/** The time a clause speaks of, relative to when the article was written, as {@link TenseClassifier} reads it. */
public enum Tense {
    /** Done before the article: "met", "was held", "has met". */
    PAST,
    /** Now, or timeless: "meets", "is held". Headlines use it for past events too. */
    PRESENT,
    /** Planned or expected: "will meet", "would meet", "is to meet", "is due to meet", "scheduled for". */
    FUTURE,
    /** No verb or only a modal or participle: nothing to tell. */
    UNKNOWN
}
