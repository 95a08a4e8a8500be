package org.newsgraph.fact;

/** Whether a stance is for or against its topic. */
public enum Polarity {
    SUPPORTS, OPPOSES;

    /** The lower-case word used in RDF notations and query results: supports, opposes. */
    public String notation() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
