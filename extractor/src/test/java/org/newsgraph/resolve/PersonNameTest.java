package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Antony Blinken|Antony Blinken|antony blinken|",
        "Anthony J. Blinken|Anthony J. Blinken|anthony blinken|j",
        "Mr Blinken|Blinken|blinken|",
        "King Abdullah II|Abdullah II|abdullah ii|",
        "His Majesty King Abdullah II|Abdullah II|abdullah ii|",
        "Crown Prince Al Hussein|Al Hussein|hussein|",
        "Kremlin spokesman Dmitry Peskov|Dmitry Peskov|dmitry peskov|",
        "US Secretary of State Antony Blinken|Antony Blinken|antony blinken|",
        "Martin Luther King Jr.|Martin Luther King Jr.|martin luther king jr|",
        "John Major|John Major|john major|",
        "Bashar al-Assad|Bashar al-Assad|bashar assad|",
        "Mohammed Shia' al-Sudani|Mohammed Shia' al-Sudani|mohammed shia sudani|",
        "Recep Tayyip Erdoğan|Recep Tayyip Erdoğan|recep tayyip erdogan|",
        "Pak Ui-chun|Pak Ui-chun|pak ui chun|"})
    void takesNamesApart(String written, String display, String content, String initials) {
        PersonName n = PersonName.parse(written);
        assertEquals(display, n.display());
        assertEquals(List.of(content.split(" ")), n.content());
        assertEquals(initials == null ? "" : initials, n.initials());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"Antony,Anthony", "Sargsian,Sargsyan", "Mohammed,Muhammad", "Zelensky,Zelenskyy", "John,Jon"})
    void transliterationsShareASkeleton(String a, String b) {
        assertEquals(PersonName.skeleton(PersonName.normalize(a)), PersonName.skeleton(PersonName.normalize(b)));
    }
}
