package org.newsgraph.dev;

import java.util.*;
import org.newsgraph.nlp.*;
import org.newsgraph.text.*;

public final class DevTokens {
    public static void main(String[] args) {
        String text = args[0];
        var layout = new ArticleLayout(List.of(new Block(BlockKind.BODY, new Span(0, text.length()))), Optional.empty());
        for (Sentence s : DevStubs.annotator().annotate(text, layout)) {
            StringBuilder b = new StringBuilder();
            for (Token t : s.tokens()) b.append(t.text()).append('/').append(t.pos()).append('/').append(t.lemma()).append(' ');
            System.out.println(b);
        }
    }
}
