package org.newsgraph.server.view;

/** A value a claim or a fact states, for people: the property's name, the value as text, and a link if it is a resource. */
public record Value(String property, String text, Ref ref) {
}
