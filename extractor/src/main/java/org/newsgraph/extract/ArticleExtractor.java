package org.newsgraph.extract;

import org.newsgraph.source.Article;

/**
 * Stages 1 to 4 for one article: text to layout, sentences, mentions and facts. Implementations are thread-safe
 * and hold their models and lexicons, loaded once, so one instance extracts all articles in parallel.
 */
public interface ArticleExtractor {
    Extraction extract(Article article);
}
