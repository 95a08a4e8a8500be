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
                "Antony Blinken met Mahmoud Abbas, who called for an immediate ceasefire.").stances());
    }

    @Test
    void reportedCommitmentBelongsToTheSpeaker() {
        assertEquals(Set.of("Antony Blinken supports two-state solution"), Extracted.of(
                "Antony Blinken stressed that the United States remains committed to advancing a two-state "
                        + "solution.").stances());
    }

    @Test
    void possessiveRequestGivesBothStances() {
        assertEquals(Set.of("Antony Blinken opposes ceasefire", "Mahmoud Abbas supports ceasefire"), Extracted.of(
                "Antony Blinken rejected on Sunday Palestinian President Mahmoud Abbas's request for a "
                        + "cease-fire.").stances());
    }

    @Test
    void mustNotBeIsOpposition() {
        assertEquals(Set.of("Antony Blinken opposes forcibly displaced"), Extracted.of(
                "Antony Blinken said that Palestinians must not be forcibly displaced.").stances());
    }

    @Test
    void negatedSupportIsOpposition() {
        assertEquals(Set.of("Benjamin Netanyahu opposes ceasefire"), Extracted.of(
                "Benjamin Netanyahu said he would not accept a humanitarian ceasefire.").stances());
    }

    @Test
    void aPassiveIsNotTheSubjectsStance() {
        assertEquals(Set.of(), Extracted.of("Recep Tayyip Erdogan was criticized for favoring Hamas.").stances());
    }

    @Test
    void welcomingAPersonIsAMeetingNotAStance() {
        assertEquals(Set.of(), Extracted.of(
                "President Joe Biden welcomed Angolan President Joao Lourenco to the Oval Office.").stances());
    }

    @Test
    void refusingToMeetIsNotAStance() {
        assertEquals(Set.of(), Extracted.of("Recep Tayyip Erdogan refused to meet Antony Blinken.").stances());
    }

    @Test
    void aCountryIsNotAHolder() {
        assertEquals(Set.of(), Extracted.of("Arab countries urged an immediate ceasefire.").stances());
    }
}
