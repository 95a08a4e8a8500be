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

    /**
     * The index of the sentence of {@code sentences} (in text order, as an {@link Annotator} returns them) that
     * contains {@code span}, or -1 when none does; a binary search, so it is cheap to call per token or mention.
     */
    public static int indexContaining(List<Sentence> sentences, Span span) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (s.end() <= span.begin()) {
                lo = mid + 1;
            } else if (s.begin() > span.begin()) {
                hi = mid - 1;
            } else {
                return s.contains(span) ? sentences.get(mid).index() : -1;
            }
        }
        return -1;
    }

    /** The sentence's text, taken from the article's original text. */
    public String text(String articleText) {
        return span.of(articleText);
    }
}
