package org.newsgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {
    private static List<String> n(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void middleInitialsDoNotMatter() {
        assertTrue(PersonNames.sameFullName(n("Anthony J. Blinken"), n("Anthony Blinken")));
    }

    @Test
    void aContiguousPartIsTheSamePerson() {
        assertTrue(PersonNames.sameFullName(n("Mohammed Shia al-Sudani"), n("Shia al-Sudani")));
        assertTrue(PersonNames.sameFullName(n("Mohammed bin Abdulrahman Al Thani"), n("Al Thani")));
    }

    @Test
    void firstAndLastNamesMatchAcrossMiddleNames() {
        assertTrue(PersonNames.sameFullName(n("João Manuel Gonçalves Lourenço"), n("Joao Lourenco")));
    }

    @Test
    void hyphensAndSpacesAreAlike() {
        assertTrue(PersonNames.sameFullName(n("Yoon Suk-yeol"), n("Yoon Suk Yeol")));
    }

    @Test
    void sharedSurnameAloneIsNotEnough() {
        assertFalse(PersonNames.sameFullName(n("Uhuru Kenyatta"), n("Jomo Kenyatta")));
        assertFalse(PersonNames.sameFullName(n("Gotabaya Rajapaksa"), n("Mahinda Rajapaksa")));
    }

    @Test
    void aFathersNameAfterBinIsNotThePerson() {
        assertFalse(PersonNames.sameFullName(n("Al Hussein bin Abdullah II"), n("Abdullah II")));
        assertEquals(0, PersonNames.singleWordMatch("Salman", n("Mohammed bin Salman")));
    }

    @Test
    void singleWordPrefersTheSurname() {
        assertEquals(2, PersonNames.singleWordMatch("Blinken", n("Antony Blinken")));
        assertEquals(1, PersonNames.singleWordMatch("Philippe", n("Philippe Lazzarini")));
        assertEquals(2, PersonNames.singleWordMatch("Sudani", n("Mohammed Shia al-Sudani")));
        assertEquals(2, PersonNames.singleWordMatch("Abdullah", n("Abdullah II")));
        assertEquals(0, PersonNames.singleWordMatch("Biden", n("Antony Blinken")));
    }
}
