package org.newsgraph.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of {@link StanceExtractor}: the shape it handles, and one it must not fire on. */
class StanceExtractorTest {

    @Test
    void calledForIsSupport() {
        assertEquals(Set.of("Mahmoud Abbas supports ceasefire"), Extracted.of(
                "Palestinian President Mahmoud Abbas called for an immediate cease-fire.").stances());
    }

    @Test
    void rejectedCallsForIsOpposition() {
        assertEquals(Set.of("Benjamin Netanyahu opposes ceasefire"), Extracted.of(
                "Israeli Prime Minister Benjamin Netanyahu rejected calls for a ceasefire.").stances());
    }

    @Test
    void relativeClauseHolder() {
        assertEquals(Set.of("Mahmoud Abbas supports ceasefire"), Extracted.of(
                "Antony Blinken met Palestinian President Mahmoud Abbas, who called for an immediate ceasefire.").stances());
    }

    @Test
    void reportedCommitmentBelongsToTheSpeaker() {
        assertEquals(Set.of("Antony Blinken supports two-state solution"), Extracted.of(
                "Secretary of State Antony Blinken stressed that the United States remains committed to "
                        + "advancing a two-state solution.").stances());
    }

    @Test
    void possessiveRequestGivesBothStances() {
        assertEquals(Set.of("Antony Blinken opposes ceasefire", "Mahmoud Abbas supports ceasefire"), Extracted.of(
                "Secretary of State Antony Blinken rejected on Sunday Palestinian President Mahmoud Abbas's "
                        + "request for a cease-fire.").stances());
    }

    @Test
    void mustNotBeIsOpposition() {
        assertEquals(Set.of("Antony Blinken opposes forcibly displaced"), Extracted.of(
                "Secretary of State Antony Blinken said that Palestinians must not be forcibly displaced.").stances());
    }

    @Test
    void negatedSupportIsOpposition() {
        assertEquals(Set.of("Benjamin Netanyahu opposes ceasefire"), Extracted.of(
                "Prime Minister Benjamin Netanyahu said he would not accept a humanitarian ceasefire.").stances());
    }

    @Test
    void aPassiveIsNotTheSubjectsStance() {
        assertEquals(Set.of(), Extracted.of("Turkish President Recep Tayyip Erdogan was criticized for favoring Hamas.").stances());
    }

    @Test
    void welcomingAPersonIsAMeetingNotAStance() {
        assertEquals(Set.of(), Extracted.of(
                "President Joe Biden welcomed Angolan President Joao Lourenco to the Oval Office.").stances());
    }

    @Test
    void refusingToMeetIsNotAStance() {
        assertEquals(Set.of(), Extracted.of("Turkish President Recep Tayyip Erdogan refused to meet Antony Blinken.").stances());
    }

    @Test
    void aCountryIsNotAHolder() {
        assertEquals(Set.of(), Extracted.of("Arab countries urged an immediate ceasefire.").stances());
    }

    @Test
    void aCallForTwoThingsIsTwoStancesWhenOneIsAKnownIssue() {
        assertEquals(Set.of("Kofi Annan supports ceasefire", "Kofi Annan supports political dialogue"), Extracted.of(
                "Former U.N. Secretary-General Kofi Annan called for an immediate cease-fire and political dialogue.")
                .stances());
    }

    @Test
    void aPhraseWithAndIsOneTopicOtherwise() {
        assertEquals(Set.of("Antony Blinken supports equal measures of dignity and security"), Extracted.of(
                "Secretary of State Antony Blinken said he remains committed to advancing equal measures of dignity "
                        + "and security.").stances());
    }

    @Test
    void aStanceNeedsAHolderWithAnOffice() {
        assertEquals(Set.of(), Extracted.of("Kate Winslet called for an immediate ceasefire.").stances());
    }

    @Test
    void aLoneCommonWordIsNoIssueButAnIssueNounIs() {
        assertEquals(Set.of("Mario Draghi supports reform"), Extracted.of(
                "European Central Bank President Mario Draghi called for reform and accepted the prize.").stances());
    }

    @Test
    void theNeedToEndIsOpposition() {
        assertEquals(Set.of("Ebrahim Raisi opposes war crimes"), Extracted.of(
                "Iranian President Ebrahim Raisi discussed the need to end war crimes against Palestine.").stances());
    }

    @Test
    void anEndThatIsNotFramedIsNoStance() {
        assertEquals(Set.of(), Extracted.of(
                "Iranian President Ebrahim Raisi ended his visit to Moscow on Friday.", "2023-10-13").stances());
    }

    @Test
    void effortsToStopReportedByThePerson() {
        assertEquals(Set.of("Mohammed bin Salman opposes ongoing escalation"), Extracted.of(
                "Saudi Crown Prince Mohammed bin Salman affirmed that the Kingdom is making every effort to stop the "
                        + "ongoing escalation.").stances());
    }

    @Test
    void notEntertainingAProposalOpposesIt() {
        assertEquals(Set.of("Mette Frederiksen opposes purchase greenland", "Donald Trump supports purchase greenland"),
                Extracted.of("Danish Prime Minister Mette Frederiksen said she would not entertain President Donald "
                        + "Trump's proposal to purchase Greenland.").stances());
    }

    @Test
    void anInvertedReporterHoldsANounStance() {
        assertEquals(Set.of("Boris Tadic opposes kosovo independence"), Extracted.of(
                "Serbia defends its position, which is opposition to Kosovo independence, said Serbian President "
                        + "Boris Tadic.").stances());
    }

    @Test
    void urgingSomeoneToActSupportsTheAction() {
        assertEquals(Set.of("Alan Greenspan supports cut the deficit"), Extracted.of(
                "Federal Reserve Chairman Alan Greenspan urged Congress to cut the deficit.").stances());
    }

    @Test
    void aClauseIsNoIssueButItsLeadingPhraseMayBe() {
        assertEquals(Set.of(), Extracted.of("Home Secretary Charles Clarke accepted that there was nothing wrong.")
                .stances());
        assertEquals(Set.of("Kofi Annan supports ceasefire", "Kofi Annan supports political dialogue"), Extracted.of(
                "Former U.N. Secretary-General Kofi Annan's call for an immediate cease-fire and political dialogue "
                        + "has been dismissed.").stances());
    }
}
