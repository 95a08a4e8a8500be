package org.newsgraph.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.date.DateMention;
import org.newsgraph.mention.EntityMention;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.mention.TitleMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.source.Article;
import org.newsgraph.text.BlockKind;

/**
 * One article as the fact rules read it: its sentences and, per sentence, the places and bodies, titles, person
 * references and dates found in it, plus the article's persons. Built once per article by the pipeline, then
 * read by each fact extractor; the per-sentence lists are in token order. Not thread-safe while being built;
 * read-only afterwards.
 */
public final class ArticleAnalysis {
    private final Article article;
    private final List<Sentence> sentences;
    private final List<List<EntityMention>> entities;
    private final List<List<TitleMention>> titles;
    private final List<List<PersonRef>> refs;
    private final List<List<DateMention>> dates;
    private final List<PersonEntity> persons;
    private org.newsgraph.text.Dateline dateline;

    /** Sets the article's dateline, found by the text cleaner. */
    public void setDateline(org.newsgraph.text.Dateline dateline) {
        this.dateline = dateline;
    }

    public ArticleAnalysis(Article article, List<Sentence> sentences, List<List<EntityMention>> entities,
                           List<List<TitleMention>> titles, List<DateMention> dateMentions,
                           List<PersonEntity> persons) {
        this.article = article;
        this.sentences = List.copyOf(sentences);
        this.entities = entities;
        this.titles = titles;
        this.persons = List.copyOf(persons);
        this.refs = new ArrayList<>();
        this.dates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            refs.add(new ArrayList<>());
            dates.add(new ArrayList<>());
        }
        for (DateMention d : dateMentions) {
            if (d.sentence() >= 0 && d.sentence() < sentences.size()) {
                dates.get(d.sentence()).add(d);
            }
        }
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }

    public List<Token> tokens(int sentence) {
        return sentences.get(sentence).tokens();
    }

    public BlockKind block(int sentence) {
        return sentences.get(sentence).block();
    }

    public List<EntityMention> entities(int sentence) {
        return entities.get(sentence);
    }

    public List<TitleMention> titles(int sentence) {
        return titles.get(sentence);
    }

    public List<PersonRef> refs(int sentence) {
        return refs.get(sentence);
    }

    public List<DateMention> dates(int sentence) {
        return dates.get(sentence);
    }

    public List<PersonEntity> persons() {
        return persons;
    }

    /** Adds a reference, keeping the sentence's references in token order. */
    public void addRef(PersonRef ref) {
        List<PersonRef> list = refs.get(ref.sentence());
        int at = 0;
        while (at < list.size() && list.get(at).start() < ref.start()) {
            at++;
        }
        list.add(at, ref);
    }

    /** The reference covering token {@code tok} of a sentence. */
    public Optional<PersonRef> refAt(int sentence, int tok) {
        return refs.get(sentence).stream().filter(r -> r.start() <= tok && tok < r.end()).findFirst();
    }

    /** The dateline of the article, or null. */
    public org.newsgraph.text.Dateline dateline() {
        return dateline;
    }

    public Optional<PersonEntity> person(String localId) {
        return persons.stream().filter(p -> p.localId().equals(localId)).findFirst();
    }
}
