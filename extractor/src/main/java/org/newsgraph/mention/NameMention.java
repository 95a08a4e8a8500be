package org.newsgraph.mention;

import java.util.List;
import org.newsgraph.text.Span;

/**
 * A personal name in a sentence, before coreference: tokens {@code [start, end)} of the sentence, the words of
 * the name (honorifics and titles removed; "Mr Blinken" gives ["Blinken"]) with their spans, and what speaks for
 * it being a person. {@code from} is where the reference starts, honorifics included ("Mr"). Immutable.
 *
 * @param afterTitle   a role or honorific stands right before it ("President Abbas", "Mr Blinken")
 * @param honorific    the honorific or title words written before it, as in the text ("Mr", "Sec."), or empty
 */
public record NameMention(int sentence, int from, int start, int end, Span span, List<String> words,
                          List<Span> wordSpans, boolean afterTitle, String honorific) {
    public NameMention {
        words = List.copyOf(words);
        wordSpans = List.copyOf(wordSpans);
        if (words.size() != wordSpans.size() || words.size() != end - start) {
            throw new IllegalArgumentException("name words " + words + " do not match tokens " + start + "-" + end);
        }
    }

    /** The first {@code n} words of this name: "Blinken Holds Unannounced" cut to "Blinken". */
    public NameMention prefix(int n) {
        Span s = new Span(span.begin(), wordSpans.get(n - 1).end());
        return new NameMention(sentence, from, start, start + n, s, words.subList(0, n), wordSpans.subList(0, n),
                afterTitle, honorific);
    }

    /** The name as written, words joined by single spaces. */
    public String text() {
        return String.join(" ", words);
    }
}
