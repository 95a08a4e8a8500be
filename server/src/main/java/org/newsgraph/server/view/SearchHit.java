package org.newsgraph.server.view;

/** A search result: the resource, and the name that matched when it is not the resource's label. */
public record SearchHit(Ref ref, String matched, int score) {
}
