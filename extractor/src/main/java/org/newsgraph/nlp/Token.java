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

    /** The text in lower case, with a curly apostrophe made straight: the form word lists compare. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    /** The lemma in lower case; the lower-case text where the lemmatizer gave none. */
    public String lemmaOrText() {
        String l = lemma == null ? "" : lemma.toLowerCase(java.util.Locale.ROOT);
        return l.isEmpty() || l.equals("o") ? lower() : l;
    }

    /** A possessive ending split off a word: "'s", "’s", or the bare apostrophe of "countries'". */
    public boolean isPossessive() {
        String s = text.replace('\u2019', '\'');
        return s.equals("'s") || s.equals("'");
    }
}
