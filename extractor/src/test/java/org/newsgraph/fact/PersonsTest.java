package org.newsgraph.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.mention.PersonEntity;

/** Names and in-article coreference, through the pipeline. */
class PersonsTest {

    @Test
    void honorificAndSurnameFormsAreOnePerson() {
        Extracted x = Extracted.of("US Secretary of State Antony Blinken arrived. Mr Blinken met officials. "
                + "Sec. Blinken left on Monday.");
        assertEquals(Set.of("Antony Blinken"), x.persons());
        PersonEntity p = x.e.persons().get(0);
        assertTrue(p.aliases().contains("Mr Blinken"), p.aliases().toString());
    }

    @Test
    void aBareSurnameTakesTheFullNameWithThatTitle() {
        Extracted x = Extracted.of("Kenyan President Uhuru Kenyatta laid a wreath at the mausoleum of Mzee Jomo "
                + "Kenyatta. Later President Kenyatta hosted a dinner.");
        assertEquals(Set.of("Jomo Kenyatta", "Uhuru Kenyatta"), x.persons());
        PersonEntity uhuru = x.e.persons().stream().filter(p -> p.name().equals("Uhuru Kenyatta")).findFirst()
                .orElseThrow();
        assertEquals(2, uhuru.mentions().size());
    }

    @Test
    void patronymIsNotTheSameName() {
        Extracted x = Extracted.of("King Abdullah II met Crown Prince Al Hussein bin Abdullah II in Amman.");
        assertEquals(Set.of("Abdullah II", "Al Hussein bin Abdullah II"), x.persons());
    }

    @Test
    void titleCaseHeadlineNamesAreCutToBodyNames() {
        Extracted x = Extracted.of("Blinken Holds Unannounced Meeting With Abbas In West Bank\n\n"
                + "US Secretary of State Antony Blinken met Palestinian President Mahmoud Abbas on Sunday.");
        assertEquals(Set.of("Antony Blinken", "Mahmoud Abbas"), x.persons());
    }

    @Test
    void placesBodiesAndThingsAreNotPersons() {
        Extracted x = Extracted.of("Protesters gathered at Liberty Island and near the Line of Actual Control, "
                + "while Tupac Amaru rebels held the Horn of Africa Summit.");
        assertEquals(Set.of(), x.persons());
    }

    @Test
    void aLoneWordWithoutTitleIsNotAPerson() {
        assertEquals(Set.of(), Extracted.of("Shia militias fired on the base.").persons());
    }
}
