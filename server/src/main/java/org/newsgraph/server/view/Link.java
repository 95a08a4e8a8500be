package org.newsgraph.server.view;

import org.apache.jena.graph.Node;

/** One statement about a resource for the property tables: the property and the other end (a resource or a literal). */
public record Link(Node property, Node other, Ref otherRef) {
}
