package org.newsgraph.server.view;

import java.util.List;

/**
 * A sentence of an article quoted as evidence: its IRI, its code-point offsets in the article, its text, and the
 * mentions to highlight in it (offsets in the article, inside the sentence).
 */
public record Quote(String iri, int begin, int end, String text, List<Mention> mentions) {
}
