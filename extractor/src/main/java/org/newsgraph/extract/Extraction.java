package org.newsgraph.extract;

import java.time.Instant;
import java.util.List;
import org.newsgraph.date.DateMention;
import org.newsgraph.fact.Fact;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.source.Article;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.Span;

/**
 * Everything extracted from one article, before any other article is looked at: a pure function of the article,
 * the lexicons and the models. Immutable; serialisable as JSON, so a build can cache it by content hash.
 *
 * @param sentences        the span of each sentence, by sentence index
 * @param persons          the article's persons after in-article coreference
 * @param entities         the countries, places and organisations the article mentions
 * @param mentions         every mention, in text order
 * @param dates            every resolved date expression
 * @param facts            the facts the article states
 * @param warnings         problems met that did not stop the extraction
 * @param extractorVersion the version of Newsgraph that made this extraction
 * @param extractedAt      when
 */
public record Extraction(Article article, ArticleLayout layout, List<Span> sentences, List<PersonEntity> persons,
                         List<EntityRef> entities, List<Mention> mentions, List<DateMention> dates,
                         List<Fact> facts, List<String> warnings, String extractorVersion, Instant extractedAt) {
    public Extraction {
        sentences = List.copyOf(sentences);
        persons = List.copyOf(persons);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
