package org.newsgraph.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of {@link PositionExtractor}: the sentence shape it handles, and one it must not fire on. */
class PositionExtractorTest {

    @Test
    void demonymTitleBeforeName() {
        assertEquals(Set.of("Hakan Fidan|Foreign Minister|Turkey"),
                Extracted.of("Turkish Foreign Minister Hakan Fidan arrived on Monday.").positions());
    }

    @Test
    void possessiveCountryAndComposedPortfolio() {
        assertEquals(Set.of("Ayman Safadi|Foreign Minister|Jordan"),
                Extracted.of("Jordan's Minister of Foreign Affairs Ayman Safadi spoke first.").positions());
    }

    @Test
    void typoInTitleStillMakesTheRole() {
        assertTrue(Extracted.of("Japanese Foreign Minster Yoko Kamikawa greeted reporters.").positions()
                .contains("Yoko Kamikawa|Foreign Minister|Japan"));
    }

    @Test
    void appositionAfterName() {
        assertEquals(Set.of("Luiz Lula|President|Brazil"),
                Extracted.of("Luiz Lula, Brazil's president, arrived late.").positions());
    }

    @Test
    void appositionWithTheAndCountryName() {
        assertEquals(Set.of("Warren Christopher|Secretary of State|United States"), Extracted.of(
                "Warren Christopher, the United States Secretary of State, said he was hopeful.").positions());
    }

    @Test
    void ofCountryAfterNameAndCoordinationShareTheCountry() {
        assertEquals(Set.of("Abdullah II|King|Jordan", "Al Hussein|Crown Prince|Jordan"), Extracted.of(
                "He met with King Abdullah II of Jordan and Crown Prince Al Hussein in the capital.").positions());
    }

    @Test
    void coordinatedTitlesBeforeOneName() {
        assertEquals(Set.of("Mohammed bin Abdulrahman Al Thani|Prime Minister|Qatar",
                        "Mohammed bin Abdulrahman Al Thani|Foreign Minister|Qatar"),
                Extracted.of("He also met Qatari Prime Minister and Minister of Foreign Affairs Mohammed bin "
                        + "Abdulrahman Al Thani on Sunday.").positions());
    }

    @Test
    void aTitleFollowedByItsOwnNameIsNotAnApposition() {
        Set<String> p = Extracted.of("The visit drew praise from Israeli Prime Minister Benjamin Netanyahu, "
                + "President of Israel Isaac Herzog, and others.").positions();
        assertTrue(p.contains("Isaac Herzog|President|Israel"));
        assertFalse(p.stream().anyMatch(x -> x.startsWith("Benjamin Netanyahu|President")));
    }

    @Test
    void counterpartTakesTheSubjectsRole() {
        assertTrue(Extracted.of("Indian Defence Minister Rajnath Singh met his Chinese counterpart General Wei "
                + "Fenghe in Moscow.").positions().contains("Wei Fenghe|Defence Minister|China"));
    }

    @Test
    void formerIsKept() {
        assertEquals(Set.of("Kofi Annan|Secretary-General|United Nations (former)"),
                Extracted.of("Former U.N. Secretary-General Kofi Annan met officials.").positions());
    }

    @Test
    void usCabinetTitleDefaultsToTheUnitedStates() {
        assertEquals(Set.of("Lloyd Austin|Secretary of Defense|United States"),
                Extracted.of("He will be joined by Secretary of Defense Lloyd Austin.").positions());
    }

    @Test
    void nationalOfficeWithoutCountryTakesTheArticlesCountry() {
        Set<String> p = Extracted.of("Kenya welcomed the delegation. President Uhuru Kenyatta received the guests "
                + "in Kenya, the first visit by a leader from Tanzania to Kenya this year.").positions();
        assertEquals(Set.of("Uhuru Kenyatta|President|Kenya"), p);
    }

    @Test
    void theCountryOfSomeoneMetIsNotGivenToTheOtherSide() {
        Set<String> p = Extracted.of("Angolan President Joao Lourenco met President Joe Biden. Angola and "
                + "Angola's partners, Angola said, agreed.").positions();
        assertEquals(Set.of("Joao Lourenco|President|Angola", "Joe Biden|President|-"), p);
    }

    @Test
    void theMeetingPlaceGivesTheHostsCountry() {
        Set<String> p = Extracted.of("Tanzanian President John Magufuli was received by President Uhuru Kenyatta "
                + "at State House, Nairobi.").positions();
        assertTrue(p.contains("Uhuru Kenyatta|President|Kenya"), p.toString());
    }

    @Test
    void noTitleNoPosition() {
        assertEquals(Set.of(), Extracted.of("Hakan Fidan arrived in Ankara on Monday.").positions());
    }

    @Test
    void aHeadlineRoleNamesTheLeadsUntitledPerson() {
        assertEquals(Set.of("Boris Tadic|President|Serbia", "Dick Cheney|Vice President|United States"),
                Extracted.of("Serbian president says talks with Cheney were good\n\nBoris Tadic last night met US Vice "
                        + "President Dick Cheney in Washington.", "2006-09-08").positions());
    }

    @Test
    void aHeadlineRoleTakenByANamedPersonGivesNothingMore() {
        assertEquals(Set.of("Recep Tayyip Erdogan|President|Turkey"), Extracted.of(
                "Turkish president snubs visitor\n\nAntony Blinken arrived in Ankara. Turkish President Recep "
                        + "Tayyip Erdogan refused to meet him.", "2023-11-06").positions());
    }
}
