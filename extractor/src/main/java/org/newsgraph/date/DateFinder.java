package org.newsgraph.date;

import java.util.List;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.source.Article;
import org.newsgraph.text.ArticleLayout;

/**
 * Finds every date expression in an article and resolves it: explicit ("Nov. 5, 2023"), partial ("November 5",
 * the year taken from the article), relative ("on Sunday", "yesterday" against the published date; "the same day"
 * against the date last stated). Unknown stays unknown: a partial value beats a wrong full one.
 * Implementations are immutable and thread-safe.
 */
public interface DateFinder {
    List<DateMention> find(Article article, ArticleLayout layout, List<Sentence> sentences);
}
