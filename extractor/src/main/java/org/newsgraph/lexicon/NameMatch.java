package org.newsgraph.lexicon;

import org.newsgraph.text.Span;

/**
 * A gazetteer name or demonym found in a sentence. The span may lie inside a token: in "Israel-Hamas" the
 * token holds two matches, "Israel" and "Hamas"; in "Israel’s" the match is "Israel". Immutable.
 *
 * @param entry      the entry named
 * @param demonym    true when the words are a demonym ("Turkish") rather than a name
 * @param name       the gazetteer name or demonym that matched, as listed ("U.S.", "Turkish")
 * @param span       the matched characters of the article text
 * @param startToken index of the first token the match touches
 * @param endToken   index after the last token the match touches
 */
public record NameMatch(GazetteerEntry entry, boolean demonym, String name, Span span, int startToken,
                        int endToken) {
}
