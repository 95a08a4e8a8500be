package org.newsgraph.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of {@link MeetingExtractor}: the shape it handles, and one it must not fire on. */
class MeetingExtractorTest {

    @Test
    void metWithPlaceAndPartialDate() {
        assertEquals(Set.of("occurred Antony Blinken+Mahmoud Abbas --11-05 Ramallah"), Extracted.of(
                "US Secretary of State Antony Blinken met with Palestinian President Mahmoud Abbas in the West Bank "
                        + "city of Ramallah on November 5.").meetings());
    }

    @Test
    void heldTalksWithAndPronounSubject() {
        assertEquals(Set.of("occurred Antony Blinken+Mohammed Shia al-Sudani - Baghdad"), Extracted.of(
                "Antony Blinken arrived in the region. He travelled to Baghdad and held talks with Iraqi Prime "
                        + "Minister Mohammed Shia al-Sudani.").meetings());
    }

    @Test
    void passiveReceivedBy() {
        assertTrue(Extracted.of("Tanzanian President John Magufuli, who was received by Kenyan President Uhuru "
                + "Kenyatta at State House, began his visit.").meetings().stream()
                .anyMatch(m -> m.startsWith("occurred John Magufuli+Uhuru Kenyatta")));
    }

    @Test
    void coordinatedObjects() {
        assertEquals(Set.of("occurred Antony Blinken+Benny Gantz+Isaac Herzog - Tel Aviv"), Extracted.of(
                "Antony Blinken started his trip in Tel Aviv where he met with Israeli Minister Benny Gantz and "
                        + "President Isaac Herzog.").meetings());
    }

    @Test
    void scheduledToMeetIsPlanned() {
        assertEquals(Set.of("planned Antony Blinken+Hakan Fidan --11-06 -"), Extracted.of(
                "Antony Blinken is scheduled to meet Turkish Foreign Minister Hakan Fidan on November 6.").meetings());
    }

    @Test
    void willAndWouldArePlanned() {
        assertEquals(Set.of("planned Antony Blinken+Fumio Kishida -" + " Tokyo"), Extracted.of(
                "Antony Blinken would travel to Tokyo to meet Japanese Prime Minister Fumio Kishida.").meetings());
    }

    @Test
    void refusedToMeetIsRefused() {
        assertEquals(Set.of("refused Antony Blinken+Recep Tayyip Erdogan - -"), Extracted.of(
                "Turkish President Recep Tayyip Erdogan refused to meet Antony Blinken.").meetings());
    }

    @Test
    void aDenialMakesTheArticlesOwnReportRefused() {
        Set<String> m = Extracted.of("The Kremlin denied that Russian President Vladimir Putin and Donald Trump "
                + "had spoken by phone. The newspaper said Donald Trump talked by phone with Vladimir Putin.")
                .meetings();
        assertTrue(m.stream().allMatch(x -> x.startsWith("refused Donald Trump+Vladimir Putin")), m.toString());
    }

    @Test
    void phoneCallIsACall() {
        var facts = Extracted.of("During a telephone call with Egyptian President Abdel Fattah el-Sisi, King "
                + "Abdullah II expressed his condolences.").meetingFacts();
        assertEquals(1, facts.size());
        assertEquals(MeetingKind.CALL, facts.get(0).kind());
        assertEquals(2, facts.get(0).participants().size());
    }

    @Test
    void personsWhoDiscussedTogetherMet() {
        assertEquals(Set.of("occurred Antony Blinken+Mahmoud Abbas - -"), Extracted.of(
                "Secretary of State Antony Blinken and Mahmoud Abbas discussed efforts to restore calm.").meetings());
    }

    @Test
    void personsWithNoOfficeInTheArticleAreNotRecordedAsMeeting() {
        // sport and entertainment use the same verbs: two players who "met" in a final
        assertEquals(Set.of(), Extracted.of("Andre Agassi met Marat Safin in the semi-final on Sunday.",
                "2005-01-25").meetings());
    }

    @Test
    void weekdayIsResolvedAgainstThePublishedDate() {
        assertEquals(Set.of("occurred Joao Lourenco+Joe Biden 2023-11-30 -"), Extracted.of(
                "President Joe Biden met Angolan President Joao Lourenco on Thursday.", "2023-12-01").meetings());
    }

    @Test
    void aMeetingDatedAfterPublicationIsPlanned() {
        assertEquals(Set.of("planned Costas Simitis+Helmut Kohl 1997-04-24 -"), Extracted.of(
                "Greek Prime Minister Costas Simitis meets German Chancellor Helmut Kohl on 24 April.", "1997-04-18")
                .meetings());
    }

    @Test
    void severingContactsIsNotAMeeting() {
        assertEquals(Set.of(), Extracted.of("Turkish President Recep Tayyip Erdogan said he had severed contacts "
                + "with Israeli Prime Minister Benjamin Netanyahu.").meetings());
    }

    @Test
    void aStanceIsNotAMeeting() {
        assertEquals(Set.of(), Extracted.of("Israeli Prime Minister Benjamin Netanyahu rejected calls for a "
                + "ceasefire.").meetings());
    }

    @Test
    void meetingOnePersonIsNotAMeetingBetweenPersons() {
        assertEquals(Set.of(), Extracted.of("Antony Blinken met reporters in Amman.").meetings());
    }

    @Test
    void aCaptionIsNotAReport() {
        assertEquals(Set.of(), Extracted.of("Officials gathered on Sunday.\n\nPalestinian President Mahmoud Abbas "
                + "(R) shakes hands with Antony Blinken in Ramallah. (Photo: Reuters)").meetings());
    }

    @Test
    void anUnknownTownAfterInIsThePlaceNotAPerson() {
        Extracted x = Extracted.of("Italian Prime Minister Matteo Renzi met European Central Bank President Mario "
                + "Draghi in Citta della Pieve on Tuesday.", "2014-08-13");
        assertEquals(Set.of("occurred Mario Draghi+Matteo Renzi 2014-08-12 Citta della Pieve"), x.meetings());
        assertEquals(Set.of("Mario Draghi", "Matteo Renzi"), x.persons());
    }

    @Test
    void aDatelineAndAReportVerbDateTheReportNotTheMeeting() {
        var facts = Extracted.of("MILAN, Aug 13 (Reuters) - Italian Prime Minister Matteo Renzi confirmed on "
                + "Wednesday he met European Central Bank President Mario Draghi.", "2014-08-13").meetingFacts();
        assertEquals(1, facts.size());
        assertTrue(facts.get(0).date().isEmpty(), "Aug 13 and Wednesday date the report: " + facts.get(0).date());
    }

    @Test
    void theDatelineCityPlacesALocalOfficialsMeeting() {
        assertEquals(Set.of("occurred Domingo Palermo+Rolly Rojas 1997-02-11 Lima"), Extracted.of("LIMA, Peru — "
                + "Peruvian negotiator Domingo Palermo met rebel leader Rolly Rojas on Tuesday.", "1997-02-12")
                .meetings());
    }

    @Test
    void theDatelineDoesNotPlaceAVisitorsMeetingElsewhere() {
        assertEquals(Set.of("occurred Hafez al-Assad+Warren Christopher 1995-12-15 -"), Extracted.of("AQABA, JORDAN - "
                + "After a meeting with Syrian President Hafez al-Assad on Friday, US Secretary of State Warren "
                + "Christopher announced progress.", "1995-12-16").meetings());
    }

    @Test
    void aMeetingLaterOnThePublicationDayOrUnderAFutureClauseIsPlanned() {
        assertEquals(Set.of("planned Alejandro Giammattei+Andres Manuel Lopez Obrador 2019-09-20 -"), Extracted.of(
                "Mexican President Andres Manuel Lopez Obrador said that he would discuss migration when he met "
                        + "Guatemalan President-elect Alejandro Giammattei later on Friday.", "2019-09-20").meetings());
    }

    @Test
    void aMeetingEarlierOnThePublicationDayIsHeld() {
        assertEquals(Set.of("occurred Alejandro Giammattei+Andres Manuel Lopez Obrador 2019-09-20 -"), Extracted.of(
                "Mexican President Andres Manuel Lopez Obrador met Guatemalan President-elect Alejandro Giammattei "
                        + "on Friday.", "2019-09-20").meetings());
    }
}
