package org.newsgraph.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.date.DateFinder;
import org.newsgraph.date.DateMention;
import org.newsgraph.date.RuleDateFinder;
import org.newsgraph.fact.ArticleAnalysis;
import org.newsgraph.fact.Fact;
import org.newsgraph.fact.MeetingExtractor;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.fact.PersonRef;
import org.newsgraph.fact.PositionExtractor;
import org.newsgraph.fact.PositionFact;
import org.newsgraph.fact.ReferenceResolver;
import org.newsgraph.fact.StanceExtractor;
import org.newsgraph.fact.StanceFact;
import org.newsgraph.mention.EntityFinder;
import org.newsgraph.mention.EntityMention;
import org.newsgraph.mention.EntityRecognizer;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionKind;
import org.newsgraph.mention.NameFinder;
import org.newsgraph.mention.NameMention;
import org.newsgraph.mention.NameWords;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.mention.CoreferenceResolver;
import org.newsgraph.mention.RoleLexicon;
import org.newsgraph.mention.TitleFinder;
import org.newsgraph.mention.TitleMention;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.OpenNlpAnnotator;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.source.Article;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.Span;
import org.newsgraph.text.RuleTextCleaner;
import org.newsgraph.text.TextCleaner;

/**
 * The standard {@link ArticleExtractor}: text cleaning, OpenNLP annotation, dates, places and bodies, titles,
 * names and their in-article coreference, then positions, references (pronouns, descriptions), meetings and
 * stances. Models and lexicons are loaded once; one instance serves all threads. Thread-safe.
 *
 * <pre>{@code
 * Extraction e = PipelineExtractor.standard().extract(article);
 * }</pre>
 */
public final class PipelineExtractor implements ArticleExtractor {
    public static final String VERSION = "0.1.0";

    private final TextCleaner cleaner;
    private final Annotator annotator;
    private final DateFinder dates;
    private final EntityRecognizer entities;
    private final TitleFinder titles;
    private final NameFinder names;
    private final CoreferenceResolver coreference = new CoreferenceResolver();
    private final PositionExtractor positions;
    private final ReferenceResolver references = new ReferenceResolver();
    private final MeetingExtractor meetings;
    private final StanceExtractor stances = new StanceExtractor();

    public PipelineExtractor(TextCleaner cleaner, Annotator annotator, DateFinder dates, EntityRecognizer entities) {
        this.cleaner = cleaner;
        this.annotator = annotator;
        this.dates = dates;
        this.entities = entities;
        this.titles = new TitleFinder(RoleLexicon.standard());
        this.names = new NameFinder(NameWords.standard(), titles);
        this.positions = new PositionExtractor(titles);
        this.meetings = new MeetingExtractor(titles);
    }

    private static final class Holder {
        static final PipelineExtractor STANDARD = new PipelineExtractor(RuleTextCleaner.standard(),
                OpenNlpAnnotator.shared(), RuleDateFinder.standard(), new EntityFinder()::find);
    }

    /** The shared instance with the standard stages; loads models and lexicons on first use. */
    public static PipelineExtractor standard() {
        return Holder.STANDARD;
    }

    @Override
    public Extraction extract(Article article) {
        String text = article.text();
        ArticleLayout layout = cleaner.layout(text);
        List<Sentence> sentences = annotator.annotate(text, layout);
        List<DateMention> dateMentions = dates.find(article, layout, sentences);
        List<List<EntityMention>> entityMentions = new ArrayList<>();
        List<List<TitleMention>> titleMentions = new ArrayList<>();
        List<CoreferenceResolver.Candidate> candidates = new ArrayList<>();
        for (Sentence s : sentences) {
            List<EntityMention> es = entities.find(s, text);
            List<TitleMention> ts = titles.find(s, es);
            boolean[] blocked = new boolean[s.tokens().size()];
            for (EntityMention e : es) {
                for (int k = e.startToken(); k < e.endToken(); k++) {
                    blocked[k] = true;
                }
            }
            for (DateMention d : dateMentions) {
                if (d.sentence() == s.index()) {
                    for (int k = 0; k < s.tokens().size(); k++) {
                        if (d.span().overlaps(s.tokens().get(k).span())) {
                            blocked[k] = true;
                        }
                    }
                }
            }
            entityMentions.add(es);
            titleMentions.add(ts);
            for (NameMention n : names.find(s, ts, blocked)) {
                Optional<String> role = ts.stream().filter(t -> t.end() == n.from() || t.end() + 1 == n.from())
                        .map(TitleMention::role).findFirst();
                candidates.add(new CoreferenceResolver.Candidate(n, role));
            }
        }
        CoreferenceResolver.Result people = coreference.resolve(sentences, candidates, text);
        ArticleAnalysis analysis = new ArticleAnalysis(article, sentences, entityMentions, titleMentions,
                dateMentions, people.persons());
        layout.dateline().ifPresent(analysis::setDateline);
        for (var e : people.personOf().entrySet()) {
            NameMention n = e.getKey();
            Span refSpan = new Span(sentences.get(n.sentence()).tokens().get(n.from()).span().begin(), n.span().end());
            analysis.addRef(new PersonRef(n.sentence(), n.from(), n.end(), refSpan, List.of(e.getValue()),
                    PersonRef.Kind.NAME));
        }
        List<PositionFact> positionFacts = positions.withHeadlineRoles(analysis, positions.extract(analysis));
        references.resolve(analysis, positionFacts);
        // a meeting between persons none of whom the article gives an office is not the kind this graph records:
        // two players who "met" in a final, two actors who "talked" (precision over recall)
        java.util.Set<String> officeHolders = new java.util.HashSet<>();
        positionFacts.forEach(p -> officeHolders.add(p.person()));
        List<MeetingFact> meetingFacts = meetings.extract(analysis).stream()
                .filter(m -> m.participants().stream().anyMatch(officeHolders::contains)).toList();
        positionFacts = positions.withDescriptions(analysis, positionFacts);
        positionFacts = positions.withContext(analysis, positionFacts, meetingFacts);
        meetingFacts = meetings.withDatelinePlace(analysis, meetingFacts, positionFacts);
        // as for meetings: the graph records the stances of office holders, not of every person quoted
        List<StanceFact> stanceFacts = stances.extract(analysis).stream()
                .filter(f -> officeHolders.contains(f.holder())).toList();

        List<Fact> facts = new ArrayList<>();
        facts.addAll(positionFacts);
        facts.addAll(meetingFacts);
        facts.addAll(stanceFacts);
        return new Extraction(article, layout, sentences.stream().map(Sentence::span).toList(), people.persons(),
                entityRefs(entityMentions), mentions(people.persons(), entityMentions, titleMentions, dateMentions,
                facts), dateMentions, facts, List.of(), VERSION, Instant.now());
    }

    private static List<EntityRef> entityRefs(List<List<EntityMention>> perSentence) {
        Map<String, EntityRef> out = new LinkedHashMap<>();
        perSentence.forEach(list -> list.forEach(e -> out.putIfAbsent(e.entity().key(), e.entity())));
        return new ArrayList<>(out.values());
    }

    /** Every mention once, in text order: persons, places and bodies, titles, dates, and the words facts rest on. */
    private static List<Mention> mentions(List<PersonEntity> persons, List<List<EntityMention>> entities,
                                          List<List<TitleMention>> titles, List<DateMention> dates,
                                          List<Fact> facts) {
        Map<String, Mention> out = new LinkedHashMap<>();
        persons.forEach(p -> p.mentions().forEach(m -> add(out, m)));
        entities.forEach(list -> list.forEach(e -> add(out, e.mention())));
        for (int s = 0; s < titles.size(); s++) {
            for (TitleMention t : titles.get(s)) {
                Span role = t.span();
                add(out, new Mention(MentionKind.TITLE, role, s, "", t.role()));
            }
        }
        dates.forEach(d -> add(out, new Mention(MentionKind.DATE, d.span(), d.sentence(), d.text(),
                d.value().lexicalForm())));
        facts.forEach(f -> f.evidence().mentions().forEach(m -> add(out, m)));
        List<Mention> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(Mention::span).thenComparing(Mention::kind));
        return list;
    }

    private static void add(Map<String, Mention> out, Mention m) {
        out.putIfAbsent(m.kind() + "|" + m.span().begin() + "|" + m.span().end() + "|" + m.ref(), m);
    }
}
