package org.newsgraph.server.view;

/** A resource to link to: its IRI, the label to show and its kind. Immutable. */
public record Ref(String iri, String label, Kind kind) {
}
