package org.newsgraph.server.view;

/**
 * A search result: the resource, the name that matched when it is not the resource's label, a few words that tell
 * it apart (a person's offices, where a place is), and its rank (lower is better).
 */
public record SearchHit(Ref ref, String matched, String detail, int score) {
}
