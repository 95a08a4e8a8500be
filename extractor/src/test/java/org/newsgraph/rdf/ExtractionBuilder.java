package org.newsgraph.rdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.newsgraph.date.DateBasis;
import org.newsgraph.date.DateMention;
import org.newsgraph.date.DateValue;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.Evidence;
import org.newsgraph.fact.Fact;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.fact.MeetingKind;
import org.newsgraph.fact.MeetingStatus;
import org.newsgraph.fact.Polarity;
import org.newsgraph.fact.PositionFact;
import org.newsgraph.fact.StanceFact;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionKind;
import org.newsgraph.mention.PersonEntity;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMeta;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.Block;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.Span;

/**
 * Builds hand-made {@link Extraction}s for tests, as the extractor would: the text is the sentences added, mentions
 * are found in it by their words, evidence is the mentions of a fact's sentence. Not thread-safe.
 *
 * <pre>{@code
 * ExtractionBuilder b = ExtractionBuilder.article("a1").published("2023-11-05")
 *         .sentence("Antony Blinken met Mahmoud Abbas in Ramallah.");
 * String blinken = b.person("Antony Blinken");
 * String abbas = b.person("Mahmoud Abbas");
 * b.meeting(0, "met", blinken, abbas).at(city("city/ramallah", "Ramallah"));
 * Extraction x = b.build();
 * }</pre>
 */
public final class ExtractionBuilder {
    private final String id;
    private final StringBuilder text = new StringBuilder();
    private final List<Span> sentences = new ArrayList<>();
    private Optional<LocalDate> published = Optional.empty();
    private Optional<String> url = Optional.empty();
    private Optional<String> outlet = Optional.empty();
    private Optional<String> title = Optional.empty();
    private Instant extractedAt = Instant.parse("2024-01-01T00:00:00Z");
    private final List<PersonEntity> persons = new ArrayList<>();
    private final List<EntityRef> entities = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<Object> facts = new ArrayList<>();

    private ExtractionBuilder(String id) {
        this.id = id;
    }

    public static ExtractionBuilder article(String id) {
        return new ExtractionBuilder(id);
    }

    public static EntityRef country(String key, String label) {
        return new EntityRef(EntityType.COUNTRY, key, label);
    }

    public static EntityRef city(String key, String label) {
        return new EntityRef(EntityType.CITY, key, label);
    }

    public static EntityRef region(String key, String label) {
        return new EntityRef(EntityType.REGION, key, label);
    }

    public static EntityRef org(String key, String label) {
        return new EntityRef(EntityType.ORGANIZATION, key, label);
    }

    public ExtractionBuilder published(String isoDate) {
        published = Optional.of(LocalDate.parse(isoDate));
        return this;
    }

    public ExtractionBuilder outlet(String name) {
        outlet = Optional.of(name);
        return this;
    }

    public ExtractionBuilder url(String u) {
        url = Optional.of(u);
        return this;
    }

    public ExtractionBuilder title(String t) {
        title = Optional.of(t);
        return this;
    }

    public ExtractionBuilder extractedAt(String instant) {
        extractedAt = Instant.parse(instant);
        return this;
    }

    /** Text that is not a sentence (a header, an emoji), added as it is. */
    public ExtractionBuilder raw(String s) {
        text.append(s);
        return this;
    }

    /** Adds a sentence; its index is the number of sentences before it. */
    public ExtractionBuilder sentence(String s) {
        if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(' ');
        }
        int begin = text.length();
        text.append(s);
        sentences.add(new Span(begin, text.length()));
        return this;
    }

    private int sentenceOf(Span span) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(span)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Span> find(int sentence, String words) {
        Span s = sentences.get(sentence);
        int at = text.indexOf(words, s.begin());
        return at >= 0 && at + words.length() <= s.end() ? Optional.of(new Span(at, at + words.length()))
                : Optional.empty();
    }

    /**
     * Declares a person (after the sentences that name them): every occurrence of the name or an alias in the text
     * becomes a PERSON mention, longest forms first, never overlapping. Returns the local id.
     */
    public String person(String name, String... aliases) {
        String local = "p" + (persons.size() + 1);
        List<String> forms = new ArrayList<>(List.of(name));
        forms.addAll(Arrays.asList(aliases));
        forms.sort(Comparator.comparingInt(String::length).reversed());
        List<Mention> found = new ArrayList<>();
        for (String form : forms) {
            int from = 0;
            int at;
            while ((at = text.indexOf(form, from)) >= 0) {
                Span span = new Span(at, at + form.length());
                from = at + 1;
                boolean taken = mentions.stream().anyMatch(m -> m.kind() == MentionKind.PERSON && m.span().overlaps(span))
                        || found.stream().anyMatch(m -> m.span().overlaps(span));
                if (!taken) {
                    found.add(new Mention(MentionKind.PERSON, span, sentenceOf(span), form, local));
                }
            }
        }
        found.sort(Comparator.comparing(Mention::span));
        mentions.addAll(found);
        persons.add(new PersonEntity(local, name, new TreeSet<>(Arrays.asList(aliases)), found));
        return local;
    }

    private Optional<Mention> mention(int sentence, MentionKind kind, String words, String ref) {
        return find(sentence, words).map(span -> {
            Mention m = new Mention(kind, span, sentence, words, ref);
            mentions.add(m);
            return m;
        });
    }

    private List<Mention> personMentions(int sentence, List<String> locals) {
        List<Mention> out = new ArrayList<>();
        for (String local : locals) {
            mentions.stream().filter(m -> m.kind() == MentionKind.PERSON && m.ref().equals(local)
                    && m.sentence() == sentence).findFirst().ifPresent(out::add);
        }
        return out;
    }

    public static DateValue dateValue(String lexical) {
        if (lexical.startsWith("--")) {
            String[] md = lexical.substring(2).split("-");
            return DateValue.monthDay(Integer.parseInt(md[0]), Integer.parseInt(md[1]));
        }
        String[] parts = lexical.split("-");
        return switch (parts.length) {
            case 3 -> DateValue.of(LocalDate.parse(lexical));
            case 2 -> DateValue.yearMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            default -> new DateValue(Optional.of(Integer.parseInt(parts[0])), Optional.empty(), Optional.empty());
        };
    }

    /** A date mention with these words in the sentence, resolved to the value. */
    public DateMention date(int sentence, String words, String value, DateBasis basis) {
        Span span = find(sentence, words).orElseThrow(() -> new IllegalArgumentException(
                "\"" + words + "\" is not in sentence " + sentence));
        DateMention d = new DateMention(span, sentence, words, dateValue(value), basis);
        dates.add(d);
        mentions.add(new Mention(MentionKind.DATE, span, sentence, words, d.value().lexicalForm()));
        return d;
    }

    /** A position fact; its evidence is the person's mention, the role's words and the country's words. */
    public ExtractionBuilder position(int sentence, String person, String role, EntityRef of) {
        return position(sentence, person, role, Optional.ofNullable(of), false);
    }

    public ExtractionBuilder position(int sentence, String person, String role, Optional<EntityRef> of,
                                      boolean former) {
        List<Mention> ev = new ArrayList<>(personMentions(sentence, List.of(person)));
        mention(sentence, MentionKind.TITLE, role, role).ifPresent(ev::add);
        of.ifPresent(o -> {
            entities.add(o);
            mention(sentence, o.type() == EntityType.ORGANIZATION ? MentionKind.ORGANIZATION : MentionKind.PLACE,
                    o.label(), o.key()).ifPresent(ev::add);
        });
        facts.add(new PositionFact(person, role, of, former, new Evidence(sentence, ev)));
        return this;
    }

    public ExtractionBuilder stance(int sentence, String holder, Polarity polarity, String topic, String trigger,
                                    String topicWords) {
        List<Mention> ev = new ArrayList<>(personMentions(sentence, List.of(holder)));
        mention(sentence, MentionKind.TRIGGER, trigger, "stance").ifPresent(ev::add);
        mention(sentence, MentionKind.TOPIC, topicWords, topic).ifPresent(ev::add);
        facts.add(new StanceFact(holder, polarity, topic, new Evidence(sentence, ev)));
        return this;
    }

    /** A meeting stated in a sentence by the trigger words; refine it with the returned spec. */
    public MeetingSpec meeting(int sentence, String trigger, String... participants) {
        MeetingSpec spec = new MeetingSpec(sentence, trigger, List.of(participants));
        facts.add(spec);
        return spec;
    }

    /** The details of a meeting fact, fixed when the extraction is built. */
    public final class MeetingSpec {
        private final int sentence;
        private final String trigger;
        private final List<String> participants;
        private MeetingStatus status = MeetingStatus.OCCURRED;
        private MeetingKind kind = MeetingKind.IN_PERSON;
        private DateMention date;
        private EntityRef place;

        private MeetingSpec(int sentence, String trigger, List<String> participants) {
            this.sentence = sentence;
            this.trigger = trigger;
            this.participants = participants;
        }

        public MeetingSpec status(MeetingStatus s) {
            status = s;
            return this;
        }

        public MeetingSpec call() {
            kind = MeetingKind.CALL;
            return this;
        }

        /** Dated by these words of the sentence, resolved to value. */
        public MeetingSpec on(String words, String value, DateBasis basis) {
            date = date(sentence, words, value, basis);
            return this;
        }

        public MeetingSpec on(String words, String value) {
            return on(words, value, DateBasis.EXPLICIT);
        }

        public MeetingSpec at(EntityRef p) {
            place = p;
            entities.add(p);
            return this;
        }

        private MeetingFact build() {
            List<Mention> ev = new ArrayList<>(personMentions(sentence, participants));
            mention(sentence, MentionKind.TRIGGER, trigger, "meeting").ifPresent(ev::add);
            if (date != null) {
                mentions.stream().filter(m -> m.kind() == MentionKind.DATE && m.span().equals(date.span()))
                        .findFirst().ifPresent(ev::add);
            }
            if (place != null) {
                mention(sentence, MentionKind.PLACE, place.label(), place.key()).ifPresent(ev::add);
            }
            return new MeetingFact(participants, status, kind, Optional.ofNullable(date), Optional.ofNullable(place),
                    new Evidence(sentence, ev));
        }
    }

    public Extraction build() {
        List<Fact> built = new ArrayList<>();
        for (Object f : facts) {
            built.add(f instanceof MeetingSpec m ? m.build() : (Fact) f);
        }
        String t = text.toString();
        ArticleMeta meta = new ArticleMeta(published, url, outlet, title);
        Article article = new Article(id, id + ".txt", t, meta, "sha256-" + Integer.toHexString(t.hashCode()));
        List<Block> blocks = t.isEmpty() ? List.of() : List.of(new Block(BlockKind.BODY, new Span(0, t.length())));
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        return new Extraction(article, new ArticleLayout(blocks, Optional.empty()), sentences, persons,
                entities.stream().distinct().toList(), sorted, dates, built, List.of(), "0.1.0-test", extractedAt);
    }
}
