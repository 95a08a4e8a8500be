package org.newsgraph.fact;

/** Whether a meeting took place, is only planned, or was refused, cancelled or denied. */
public enum MeetingStatus {
    OCCURRED, PLANNED, REFUSED;

    /** The lower-case word used in RDF notations and query results: occurred, planned, refused. */
    public String notation() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
