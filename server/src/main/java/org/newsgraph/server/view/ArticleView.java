package org.newsgraph.server.view;

import java.util.List;

/**
 * Everything an article's page shows: title, file, dates, outlet, URL (as the sidecar gave it: untrusted), the text,
 * its sentences and mentions (code-point offsets), the facts it states (each with the sentences stating it), and the
 * persons it mentions.
 */
public record ArticleView(Ref self, String title, String articleId, String fileName, DateValue published,
                          DateValue referenceDate, Ref outlet, String url, String text, List<Quote> sentences,
                          List<Mention> mentions, List<StatedFact> facts, List<ArticleCount> persons) {
    /** A fact the article states, and the sentences that state it. */
    public record StatedFact(Ref fact, List<Quote> sentences) {
    }
}
