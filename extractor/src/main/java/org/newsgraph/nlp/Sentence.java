package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.Span;

/**
 * A sentence: its index in the article (0-based, in text order), its span in the original text, the kind of block
 * it lies in, and its tokens. A sentence never crosses a block boundary. Immutable.
 */
public record Sentence(int index, Span span, BlockKind block, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The sentence's text, taken from the article's original text. */
    public String text(String articleText) {
        return span.of(articleText);
    }
}
