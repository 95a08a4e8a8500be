package org.newsgraph.store;

import org.apache.jena.graph.Node;

/**
 * An article as the store holds it: its id, the content hash of the version loaded, and its named graph.
 * Immutable.
 */
public record StoredArticle(String id, String contentHash, Node graph) {
}
