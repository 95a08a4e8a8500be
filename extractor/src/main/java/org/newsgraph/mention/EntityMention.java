package org.newsgraph.mention;

/**
 * A mention of a gazetteer entity in a sentence, with its token range so that rules can relate it to the
 * titles and names around it. Immutable.
 *
 * @param startToken index of the first token in the sentence
 * @param endToken   index after the last token
 * @param demonym    true when the words are a demonym ("Turkish", "Palestinian") rather than a name
 */
public record EntityMention(EntityRef entity, Mention mention, int startToken, int endToken, boolean demonym) {
}
