package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.text.ArticleLayout;

/**
 * Stage 2: splits the readable blocks of an article into sentences and annotates tokens with part of speech and
 * lemma. Implementations load their models once and are thread-safe, so one instance serves all articles.
 */
public interface Annotator {
    List<Sentence> annotate(String text, ArticleLayout layout);
}
