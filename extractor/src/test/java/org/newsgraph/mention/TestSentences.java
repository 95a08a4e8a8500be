package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.Span;

/**
 * A crude tokenizer for tests, shaped like the project's annotator: possessives split ("Israel" + "’s"),
 * hyphenated words and dotted abbreviations kept whole ("Israel-Hamas", "U.S.-Turkish", "U.S."), curly quotes kept;
 * part of speech guessed from capitalisation (capitalised words are PROPN).
 */
public final class TestSentences {
    private static final Pattern TOKEN = Pattern.compile(
            "[’']s\\b"
                    + "|(?:\\p{L}\\.){2,}(?:[-–](?:\\p{L}\\.)+|[-–][\\p{L}\\p{N}]+)*"
                    + "|[\\p{L}\\p{N}]+(?:[-‐–/.&][\\p{L}\\p{N}]+|[’'](?!s\\b)\\p{L}+)*(?:(?<=\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Lt|Col|Jr|No))\\.)?"
                    + "|\\S");
    private static final Set<String> DET = Set.of("the", "a", "an", "this", "that");
    private static final Set<String> ADP = Set.of("of", "in", "for", "on", "to", "at", "with", "by", "from");

    private TestSentences() {
    }

    /** The whole text as sentence 0. */
    public static Sentence sentence(String text) {
        return sentence(text, 0, text.length(), 0);
    }

    /** The stretch [begin, end) of a text as one sentence. */
    public static Sentence sentence(String text, int begin, int end, int index) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(begin, end);
        while (m.find()) {
            String t = m.group();
            tokens.add(new Token(new Span(m.start(), m.end()), t, pos(t), t.toLowerCase()));
        }
        return new Sentence(index, new Span(begin, end), BlockKind.BODY, tokens);
    }

    /** The token spans of a text. */
    public static List<Span> spans(String text) {
        return sentence(text).tokens().stream().map(Token::span).toList();
    }

    private static String pos(String t) {
        if (!Character.isLetterOrDigit(t.codePointAt(0))) {
            return t.length() > 1 ? "PART" : "PUNCT";
        }
        if (Character.isDigit(t.codePointAt(0))) {
            return "NUM";
        }
        if (DET.contains(t)) {
            return "DET";
        }
        if (ADP.contains(t)) {
            return "ADP";
        }
        return Character.isUpperCase(t.codePointAt(0)) ? "PROPN" : "NOUN";
    }
}
