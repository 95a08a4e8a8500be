package org.newsgraph.server.view;

/**
 * A mention in an article (a NIF phrase): its IRI, its code-point offsets in the article's text, the words, what it
 * names ({@code person}, {@code place}, {@code date}, {@code trigger}, ...) and the resource it names, if any.
 */
public record Mention(String iri, int begin, int end, String words, String kind, Ref ref) {
}
