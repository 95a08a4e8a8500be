package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.rdf.ExtractionBuilder.city;
import static org.newsgraph.rdf.ExtractionBuilder.dateValue;
import static org.newsgraph.rdf.ExtractionBuilder.region;
import static org.newsgraph.rdf.TestCorpus.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.newsgraph.date.DateBasis;
import org.newsgraph.extract.Extraction;
import org.newsgraph.fact.MeetingKind;
import org.newsgraph.fact.MeetingStatus;
import org.newsgraph.mention.EntityRef;
import org.newsgraph.mention.EntityType;
import org.newsgraph.rdf.ExtractionBuilder;

/** One rule or must-not-merge case per test: which meeting reports end up as one real meeting. */
class MeetingResolverTest {
    static final EntityRef RAMALLAH = city("city/ramallah", "Ramallah");
    static final EntityRef WEST_BANK = region("region/west-bank", "West Bank");
    static final EntityRef AMMAN = city("city/amman", "Amman");
    static final EntityRef ANKARA = city("city/ankara", "Ankara");

    /** A small gazetteer: Ramallah and the West Bank lie in Palestine, Amman in Jordan. */
    static final PlaceLookup PLACES = key -> Optional.ofNullable(Map.of(
            "city/ramallah", entry("city/ramallah", EntityType.CITY, "Ramallah", null, "country/ps"),
            "region/west-bank", entry("region/west-bank", EntityType.REGION, "West Bank", null, "country/ps"),
            "country/ps", entry("country/ps", EntityType.COUNTRY, "Palestine", "PS", null),
            "city/amman", entry("city/amman", EntityType.CITY, "Amman", null, "country/jo"),
            "country/jo", entry("country/jo", EntityType.COUNTRY, "Jordan", "JO", null),
            "country/us", entry("country/us", EntityType.COUNTRY, "United States", "US", null)).get(key));

    private static Resolution resolve(List<Extraction> corpus) {
        return new CorpusResolver(PLACES).resolve(corpus);
    }

    /**
     * An article that reports Blinken meeting someone in one sentence. The sentence holds the date words and the
     * place's label when given, so the builder can find them.
     */
    static Extraction report(String id, String published, String other, MeetingStatus status, String date,
                             DateBasis basis, EntityRef place, Consumer<ExtractionBuilder> more) {
        ExtractionBuilder b = ExtractionBuilder.article(id);
        if (published != null) {
            b.published(published);
        }
        String when = date == null ? "" : " on DAY " + date;
        String where = place == null ? "" : " in " + place.label();
        b.sentence("Antony Blinken " + (status == MeetingStatus.PLANNED ? "will meet " : status
                == MeetingStatus.REFUSED ? "was refused a meeting by " : "met ") + other + where + when + ".");
        String blinken = b.person("Antony Blinken");
        String o = b.person(other);
        var m = b.meeting(0, status == MeetingStatus.PLANNED ? "will meet" : status == MeetingStatus.REFUSED
                ? "refused" : "met", blinken, o).status(status);
        if (date != null) {
            m.on("DAY " + date, date, basis);
        }
        if (place != null) {
            m.at(place);
        }
        if (more != null) {
            more.accept(b);
        }
        return b.build();
    }

    static Extraction report(String id, String published, String other, MeetingStatus status, String date,
                             EntityRef place) {
        return report(id, published, other, status, date, DateBasis.EXPLICIT, place, null);
    }

    private static ResolvedMeeting only(Resolution r) {
        assertEquals(1, r.meetings().size(), r.meetings().keySet().toString());
        return r.meetings().values().iterator().next();
    }

    @Test
    void reportsOfTheSameMeetingByTwoOutletsAreOne() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", "2023-11-06", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH)));
        ResolvedMeeting m = only(r);
        assertEquals("antony-blinken--mahmoud-abbas--2023-11-05", m.key());
        assertEquals(2, m.reports().size());
        assertEquals(Optional.of("city/ramallah"), m.placeKey());
        assertTrue(m.choices().isEmpty(), "nothing to choose: " + m.choices());
    }

    @Test
    void samePairOnTwoDatesIsTwoMeetings() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", "2023-12-01", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-30", RAMALLAH)));
        assertEquals(2, r.meetings().size(), r.meetings().keySet().toString());
    }

    @Test
    void consecutiveExplicitDatesWithoutAPlaceAreTwoMeetings() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-07", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", null),
                report("a2", "2023-11-07", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-06", null)));
        assertEquals(2, r.meetings().size(), "nothing explains the difference: " + r.meetings().keySet());
    }

    @Test
    void aWeekdayReadAgainstTwoPublicationDatesIsOneMeeting() {
        Resolution r = resolve(List.of(
                report("a1", "2023-10-12", "Ebrahim Raisi", MeetingStatus.OCCURRED, "2023-10-11",
                        DateBasis.RELATIVE_TO_PUBLISHED, null, null),
                report("a2", "2023-10-12", "Ebrahim Raisi", MeetingStatus.OCCURRED, "2023-10-11",
                        DateBasis.RELATIVE_TO_PUBLISHED, null, null),
                report("a3", "2023-10-11", "Ebrahim Raisi", MeetingStatus.OCCURRED, "2023-10-10",
                        DateBasis.RELATIVE_TO_PUBLISHED, null, null)));
        ResolvedMeeting m = only(r);
        assertEquals("2023-10-11", m.date().orElseThrow().lexicalForm());
        ValueChoice c = m.choices().stream().filter(x -> x.property() == ValueChoice.Property.DATE).findFirst()
                .orElseThrow();
        assertEquals(ChoiceReason.MORE_SOURCES, c.reason());
        assertEquals(2, c.supporting().size());
        assertEquals("a3", c.contesting().get(0).articleId());
    }

    @Test
    void plannedThenHeldIsOneHeldMeeting() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-04", "Hakan Fidan", MeetingStatus.PLANNED, null, ANKARA),
                report("a2", "2023-11-07", "Hakan Fidan", MeetingStatus.OCCURRED, "2023-11-06", ANKARA)));
        ResolvedMeeting m = only(r);
        assertEquals(MeetingStatus.OCCURRED, m.status());
        ValueChoice c = m.choices().stream().filter(x -> x.property() == ValueChoice.Property.STATUS).findFirst()
                .orElseThrow();
        assertEquals(ChoiceReason.HELD_OVER_PLANNED, c.reason());
        assertEquals("a2", c.supporting().get(0).articleId());
        assertEquals("a1", c.contesting().get(0).articleId());
    }

    @Test
    void aPlanReportedAfterTheMeetingIsAnotherMeeting() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-07", "Hakan Fidan", MeetingStatus.OCCURRED, "2023-11-06", ANKARA),
                report("a2", "2023-12-01", "Hakan Fidan", MeetingStatus.PLANNED, null, null)));
        assertEquals(2, r.meetings().size(), "a plan dated after the meeting is a new one: " + r.meetings().keySet());
    }

    @Test
    void refusedStaysRefused() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-06", "Recep Tayyip Erdogan", MeetingStatus.REFUSED, null, null),
                report("a2", "2023-11-06", "Recep Tayyip Erdogan", MeetingStatus.OCCURRED, "2023-11-06", null),
                report("a3", "2023-11-07", "Recep Tayyip Erdogan", MeetingStatus.REFUSED, null, null)));
        assertEquals(2, r.meetings().size(), r.meetings().keySet().toString());
        ResolvedMeeting refused = r.meetings().get("refused--antony-blinken--recep-tayyip-erdogan");
        assertEquals(MeetingStatus.REFUSED, refused.status());
        assertEquals(2, refused.reports().size(), "the two refusals are one");
        assertEquals(MeetingStatus.OCCURRED,
                r.meetings().get("antony-blinken--recep-tayyip-erdogan--2023-11-06").status());
    }

    @Test
    void undatedReportFoldsIntoThePairsOnlyDatedMeeting() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", null, "Mahmoud Abbas", MeetingStatus.OCCURRED, null, null),
                report("a3", "2023-11-06", "Mahmoud Abbas", MeetingStatus.OCCURRED, "--11-05", DateBasis.PARTIAL,
                        null, null)));
        ResolvedMeeting m = only(r);
        assertEquals(3, m.reports().size());
        assertEquals("2023-11-05", m.date().orElseThrow().lexicalForm());
        ValueChoice c = m.choices().stream().filter(x -> x.property() == ValueChoice.Property.DATE).findFirst()
                .orElseThrow();
        assertEquals(ChoiceReason.MORE_SPECIFIC, c.reason(), "a full date over a month and day");
    }

    @Test
    void anArticleWithoutAYearTakesTheYearOfTheSameMeetingElsewhere() {
        // a2 never gives a year: its "November 5" is the 2023-11-05 of a1, and so its "November 6" is 2023-11-06
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", null, "Mahmoud Abbas", MeetingStatus.OCCURRED, "--11-05", DateBasis.PARTIAL, null,
                        MeetingResolverTest::fidanOnNovember6)));
        assertEquals(2, r.meetings().size(), r.meetings().keySet().toString());
        assertEquals("2023-11-06", r.meetings().get("antony-blinken--hakan-fidan--2023-11-06").date().orElseThrow()
                .lexicalForm());
        assertEquals(2, r.meetings().get("antony-blinken--mahmoud-abbas--2023-11-05").reports().size());
    }

    /** A second sentence: "Antony Blinken met Hakan Fidan on DAY --11-06." */
    private static void fidanOnNovember6(ExtractionBuilder b) {
        b.sentence("Antony Blinken met Hakan Fidan on DAY --11-06.");
        String blinken = b.person("Antony Blinken");
        String fidan = b.person("Hakan Fidan");
        b.meeting(1, "met", blinken, fidan).on("DAY --11-06", "--11-06", DateBasis.PARTIAL);
    }

    @Test
    void articlesThatDisagreeOnTheYearCompleteNothing() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a3", "2022-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2022-11-05", RAMALLAH),
                report("a2", null, "Mahmoud Abbas", MeetingStatus.OCCURRED, "--11-05", DateBasis.PARTIAL, null,
                        MeetingResolverTest::fidanOnNovember6)));
        assertTrue(r.meetings().values().stream().anyMatch(m -> m.date().map(d -> d.lexicalForm().equals("--11-06"))
                .orElse(false)), r.meetings().keySet().toString());
    }

    @Test
    void undatedReportWithTwoCandidatesTakesTheLatestBeforeItsArticle() {
        Resolution r = resolve(List.of(
                report("a1", "2023-10-01", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-10-01", null),
                report("a2", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", null),
                report("a3", "2023-11-20", "Mahmoud Abbas", MeetingStatus.OCCURRED, null, null),
                report("a4", null, "Mahmoud Abbas", MeetingStatus.OCCURRED, null, AMMAN)));
        assertEquals(3, r.meetings().size(), r.meetings().keySet().toString());
        assertEquals(2, r.meetings().get("antony-blinken--mahmoud-abbas--2023-11-05").reports().size());
        assertTrue(r.meetings().containsKey("antony-blinken--mahmoud-abbas--at--city-amman"),
                "no reference date, two candidates: stays alone " + r.meetings().keySet());
    }

    @Test
    void undatedReportWithAConflictingPlaceStaysApart() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", "2023-11-08", "Mahmoud Abbas", MeetingStatus.OCCURRED, null, AMMAN)));
        assertEquals(2, r.meetings().size(), r.meetings().keySet().toString());
    }

    @Test
    void placesThatDisagreeButNestChooseTheMoreSpecific() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", WEST_BANK),
                report("a3", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", WEST_BANK)));
        ResolvedMeeting m = only(r);
        assertEquals(Optional.of("city/ramallah"), m.placeKey());
        ValueChoice c = m.choices().stream().filter(x -> x.property() == ValueChoice.Property.PLACE).findFirst()
                .orElseThrow();
        assertEquals(ChoiceReason.MORE_SPECIFIC, c.reason());
        assertEquals(2, c.contesting().size());
    }

    @Test
    void placesThatConflictChooseByMoreSources() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", AMMAN),
                report("a3", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", AMMAN)));
        ResolvedMeeting m = only(r);
        assertEquals(Optional.of("city/amman"), m.placeKey());
        assertEquals(ChoiceReason.MORE_SOURCES, m.choices().get(0).reason());
    }

    @Test
    void aThirdParticipantJoinsThroughASharedPair() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", DateBasis.EXPLICIT,
                        RAMALLAH, b -> {
                    b.sentence("Antony Blinken met Mahmoud Abbas and Hussein al-Sheikh.");
                    b.person("Hussein al-Sheikh");
                    b.meeting(1, "met", "p1", "p2", "p3");
                })));
        ResolvedMeeting m = only(r);
        assertEquals(3, m.participants().size(), m.participants().toString());
    }

    @Test
    void oneOutletCountsOnceInConfidence() {
        Extraction a1 = report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH);
        Resolution single = resolve(List.of(a1));
        assertEquals(new BigDecimal("0.900"), only(single).support().confidence(), "trigger, both named, dated");
        Resolution two = resolve(List.of(a1,
                report("a2", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH)));
        assertEquals(new BigDecimal("0.990"), only(two).support().confidence(), "two independent articles");
        assertEquals(2, only(two).support().outletCount());
    }

    @Test
    void callsAndInPersonReportsChooseTheKindByMoreSources() {
        Resolution r = resolve(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", null),
                report("a2", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", DateBasis.EXPLICIT,
                        null, b -> { }),
                callReport("a3"), callReport("a4"), callReport("a5")));
        ResolvedMeeting m = only(r);
        assertEquals(MeetingKind.CALL, m.kind());
        ValueChoice c = m.choices().stream().filter(x -> x.property() == ValueChoice.Property.KIND).findFirst()
                .orElseThrow();
        assertEquals(ChoiceReason.MORE_SOURCES, c.reason());
        Resolution tie = resolve(List.of(callReport("a1"),
                report("a2", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", null)));
        assertEquals(MeetingKind.IN_PERSON, only(tie).kind(), "a tie: in person, by the fixed order");
        assertEquals(ChoiceReason.FIXED_ORDER, only(tie).choices().get(0).reason());
    }

    private static Extraction callReport(String id) {
        ExtractionBuilder b = ExtractionBuilder.article(id).published("2023-11-05")
                .sentence("Antony Blinken called Mahmoud Abbas on DAY 2023-11-05.");
        String x = b.person("Antony Blinken");
        String y = b.person("Mahmoud Abbas");
        b.meeting(0, "called", x, y).call().on("DAY 2023-11-05", "2023-11-05");
        return b.build();
    }

    @Test
    void meetingsDoNotDependOnArticleOrder() {
        List<Extraction> corpus = new ArrayList<>(List.of(
                report("a1", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", RAMALLAH),
                report("a2", null, "Mahmoud Abbas", MeetingStatus.OCCURRED, null, null),
                report("a3", "2023-11-04", "Hakan Fidan", MeetingStatus.PLANNED, null, ANKARA),
                report("a4", "2023-11-07", "Hakan Fidan", MeetingStatus.OCCURRED, "2023-11-06", ANKARA),
                report("a5", "2023-10-12", "Ebrahim Raisi", MeetingStatus.OCCURRED, "2023-10-11",
                        DateBasis.RELATIVE_TO_PUBLISHED, null, null),
                report("a6", "2023-10-11", "Ebrahim Raisi", MeetingStatus.OCCURRED, "2023-10-10",
                        DateBasis.RELATIVE_TO_PUBLISHED, null, null),
                report("a7", "2023-11-06", "Recep Tayyip Erdogan", MeetingStatus.REFUSED, null, null),
                report("a8", "2023-11-05", "Mahmoud Abbas", MeetingStatus.OCCURRED, "2023-11-05", WEST_BANK)));
        Resolution expected = resolve(corpus);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(corpus, random);
            assertEquals(expected.meetings(), resolve(corpus).meetings());
        }
        assertEquals(4, expected.meetings().size(), expected.meetings().keySet().toString());
        assertEquals(dateValue("2023-11-05"), expected.meetings()
                .get("antony-blinken--mahmoud-abbas--2023-11-05").date().orElseThrow());
    }
}
