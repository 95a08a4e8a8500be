package org.newsgraph.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.Evidence;
import org.newsgraph.fact.Fact;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.fact.MeetingKind;
import org.newsgraph.fact.MeetingStatus;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionKind;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.source.Article;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.Span;

/**
 * A small, deterministic stand-in for the real extractor, for the store's tests: every "Firstname Lastname" is a
 * person; a sentence with " met " and two persons is a meeting. Counts its calls. An article whose text contains
 * {@value #FAIL} makes it throw. Thread-safe.
 */
public final class TestExtractor implements ArticleExtractor {
    public static final String FAIL = "FAIL-EXTRACTION";
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");

    public final AtomicInteger calls = new AtomicInteger();

    @Override
    public Extraction extract(Article article) {
        calls.incrementAndGet();
        String text = article.text();
        if (text.contains(FAIL)) {
            throw new IllegalStateException("the test extractor was told to fail on " + article.id());
        }
        List<Span> sentences = new ArrayList<>();
        Matcher sm = SENTENCE.matcher(text);
        while (sm.find()) {
            if (!sm.group().isBlank()) {
                sentences.add(new Span(sm.start(), sm.end()));
            }
        }
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s);
            Matcher m = NAME.matcher(text).region(span.begin(), span.end());
            List<Mention> inSentence = new ArrayList<>();
            while (m.find()) {
                String name = m.group();
                String localId = localId(byName, name);
                Mention mention = new Mention(MentionKind.PERSON, new Span(m.start(), m.end()), s, name, localId);
                byName.get(name).add(mention);
                mentions.add(mention);
                inSentence.add(mention);
            }
            List<String> people = inSentence.stream().map(Mention::ref).distinct().toList();
            if (span.of(text).contains(" met ") && people.size() >= 2) {
                facts.add(new MeetingFact(people.subList(0, 2), MeetingStatus.OCCURRED, MeetingKind.IN_PERSON,
                        Optional.empty(), Optional.empty(), new Evidence(s, inSentence)));
            }
        }
        List<PersonEntity> persons = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<Mention>> e : byName.entrySet()) {
            persons.add(new PersonEntity("p" + (++i), e.getKey(), new TreeSet<>(), e.getValue()));
        }
        return new Extraction(article, new ArticleLayout(List.of(), Optional.empty()), sentences, persons, List.of(),
                mentions, List.of(), facts, List.of(), "test", Instant.now());
    }

    private static String localId(Map<String, List<Mention>> byName, String name) {
        if (!byName.containsKey(name)) {
            byName.put(name, new ArrayList<>());
        }
        return "p" + (new ArrayList<>(byName.keySet()).indexOf(name) + 1);
    }
}
