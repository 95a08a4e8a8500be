package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.newsgraph.NewsgraphException;
import org.newsgraph.date.DateBasis;
import org.newsgraph.date.DateMention;
import org.newsgraph.date.DateValue;
import org.newsgraph.fact.Evidence;
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
import org.newsgraph.text.Dateline;
import org.newsgraph.text.Span;
import org.junit.jupiter.api.Test;

class ExtractionJsonTest {

    /** An extraction that uses every kind of value: optional present and absent, partial dates, all facts. */
    static Extraction sample() {
        String text = "RAMALLAH, Nov 6 -\nUS Secretary of State Antony Blinken met Mahmoud Abbas on Sunday. "
                + "Mr Blinken opposes a ceasefire. Erdoğan spoke.";
        Article article = new Article("000_sample", "000_sample.txt", text,
                new ArticleMeta(Optional.of(LocalDate.of(2023, 11, 6)), Optional.of("https://example.org/a"),
                        Optional.empty(), Optional.of("Blinken meets Abbas")),
                "ab".repeat(32));
        Mention blinken = new Mention(MentionKind.PERSON, new Span(40, 54), 0, "Antony Blinken", "p1");
        Mention abbas = new Mention(MentionKind.PERSON, new Span(59, 72), 0, "Mahmoud Abbas", "p2");
        Mention title = new Mention(MentionKind.TITLE, new Span(21, 39), 0, "Secretary of State", "Secretary of State");
        Mention us = new Mention(MentionKind.PLACE, new Span(18, 20), 0, "US", "country/us");
        Mention met = new Mention(MentionKind.TRIGGER, new Span(55, 58), 0, "met", "meeting");
        Mention sunday = new Mention(MentionKind.DATE, new Span(76, 82), 0, "Sunday", "2023-11-05");
        Mention topic = new Mention(MentionKind.TOPIC, new Span(110, 120), 1, "ceasefire", "ceasefire");
        EntityRef usRef = new EntityRef(EntityType.COUNTRY, "country/us", "United States");
        EntityRef ramallah = new EntityRef(EntityType.CITY, "city/ramallah", "Ramallah");
        DateMention sundayDate = new DateMention(new Span(76, 82), 0, "Sunday",
                DateValue.of(LocalDate.of(2023, 11, 5)), DateBasis.RELATIVE_TO_PUBLISHED);
        DateMention partial = new DateMention(new Span(10, 15), 0, "Nov 6", DateValue.monthDay(11, 6),
                DateBasis.PARTIAL);
        return new Extraction(article,
                new ArticleLayout(List.of(new Block(BlockKind.HEADLINE, new Span(0, 17)),
                        new Block(BlockKind.BODY, new Span(18, text.length()))),
                        Optional.of(new Dateline(new Span(0, 17), Optional.of(new Span(0, 8)), Optional.empty()))),
                List.of(new Span(18, 83), new Span(84, 121)),
                List.of(new PersonEntity("p1", "Antony Blinken", new TreeSet<>(List.of("Mr Blinken", "Blinken")),
                                List.of(blinken)),
                        new PersonEntity("p2", "Mahmoud Abbas", new TreeSet<>(), List.of(abbas))),
                List.of(usRef, ramallah),
                List.of(us, title, blinken, met, abbas, sunday, topic),
                List.of(partial, sundayDate),
                List.of(new PositionFact("p1", "Secretary of State", Optional.of(usRef), false,
                                new Evidence(0, List.of(title, blinken, us))),
                        new PositionFact("p2", "President", Optional.empty(), true, new Evidence(0, List.of(abbas))),
                        new MeetingFact(List.of("p1", "p2"), MeetingStatus.OCCURRED, MeetingKind.IN_PERSON,
                                Optional.of(sundayDate), Optional.of(ramallah),
                                new Evidence(0, List.of(blinken, met, abbas, sunday))),
                        new MeetingFact(List.of("p2", "p1"), MeetingStatus.PLANNED, MeetingKind.CALL,
                                Optional.empty(), Optional.empty(), new Evidence(1, List.of())),
                        new StanceFact("p1", Polarity.OPPOSES, "ceasefire", new Evidence(1, List.of(topic)))),
                List.of("sentence 2: pronoun \"he\" left unresolved"),
                "0.1.0-test", Instant.parse("2025-11-26T17:18:19.123456789Z"));
    }

    @Test
    void roundTripIsExact() {
        Extraction x = sample();
        String json = ExtractionJson.toJson(x);
        Extraction back = ExtractionJson.fromJson(json);
        assertEquals(x, back);
        assertEquals(json, ExtractionJson.toJson(back), "writing the read-back extraction gives the same JSON");
    }

    @Test
    void roundTripThroughStreams() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractionJson.write(sample(), out);
        assertEquals(sample(), ExtractionJson.read(new ByteArrayInputStream(out.toByteArray())));
    }

    @Test
    void emptyExtractionRoundTrips() {
        Extraction x = new Extraction(new Article("a", "a.txt", "x", ArticleMeta.NONE, "00"),
                new ArticleLayout(List.of(), Optional.empty()), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), "v", Instant.EPOCH);
        assertEquals(x, ExtractionJson.fromJson(ExtractionJson.toJson(x)));
    }

    @Test
    void jsonHoldsComponentsOnlyAndTypedFacts() {
        String json = ExtractionJson.toJson(sample());
        assertTrue(json.contains("\"type\":\"meeting\""), json);
        assertTrue(json.contains("\"extractedAt\":\"2025-11-26T17:18:19.123456789Z\""), json);
        assertFalse(json.contains("\"complete\""), "derived is-getters are not written: " + json);
    }

    @Test
    void notAnExtractionIsAClearError() {
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> ExtractionJson.fromJson("{\"x\": 1}"));
        assertTrue(e.getMessage().startsWith("not a Newsgraph extraction"), e.getMessage());
        assertThrows(NewsgraphException.class, () -> ExtractionJson.fromJson("{"));
    }

    @Test
    void fingerprintIsStableAndCoversTheExtractorCode() {
        ArticleExtractor standard = PipelineExtractor.standard();
        String fp = ExtractionJson.fingerprint(standard);
        assertTrue(fp.matches("[0-9a-f]{64}"), fp);
        assertEquals(fp, ExtractionJson.fingerprint(standard));
        // An extractor whose code lies elsewhere (here: the test classes) has a fingerprint of its own.
        ArticleExtractor other = new ArticleExtractor() {
            @Override
            public Extraction extract(Article article) {
                return sample();
            }
        };
        String otherFp = ExtractionJson.fingerprint(other);
        assertTrue(otherFp.matches("[0-9a-f]{64}"), otherFp);
        assertFalse(fp.equals(otherFp));
    }
}
