package org.newsgraph.dev;

import java.util.*;
import org.newsgraph.mention.*;
import org.newsgraph.nlp.*;
import org.newsgraph.text.*;

public final class DevEntities {
    public static void main(String[] args) {
        String text = args[0];
        var layout = new ArticleLayout(List.of(new Block(BlockKind.BODY, new Span(0, text.length()))), Optional.empty());
        EntityFinder f = new EntityFinder();
        TitleFinder tf = new TitleFinder(RoleLexicon.standard());
        for (Sentence s : DevStubs.annotator().annotate(text, layout)) {
            var es = f.find(s, text);
            for (EntityMention e : es) System.out.println("E " + e.mention().text() + " " + e.entity() + " tok " + e.startToken() + "-" + e.endToken() + (e.demonym() ? " demonym" : ""));
            for (TitleMention t : tf.find(s, es)) System.out.println("T " + t.role() + " tok " + t.start() + "-" + t.end() + " of=" + t.of().map(x -> x.entity().label()));
        }
    }
}
