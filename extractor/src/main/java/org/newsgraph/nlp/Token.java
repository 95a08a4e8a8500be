package org.newsgraph.nlp;

import org.newsgraph.text.Span;

/**
 * A token with its span in the original text, its Universal Dependencies part-of-speech tag ({@code PROPN},
 * {@code VERB}, ...) and its lemma. Immutable.
 */
public record Token(Span span, String text, String pos, String lemma) {
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
