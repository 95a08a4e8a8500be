package org.newsgraph.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** score.py's string rules and the Python behaviours they rest on. */
class MatchRulesTest {
    @Test
    void normDropsAccentsCasePunctuationPossessivesAndHyphens() {
        assertEquals("mr erdogan", MatchRules.norm("Mr. Erdoğan’s"));
        assertEquals("mohammed shia al sudani", MatchRules.norm("Mohammed Shia' al-Sudani"));
        assertEquals("u s", MatchRules.norm("U.S."));
        assertEquals("full width", MatchRules.norm("Ｆｕｌｌ Ｗｉｄｔｈ"));
        assertEquals("istanbul", MatchRules.norm("İstanbul"));
        assertEquals("", MatchRules.norm(null));
        assertEquals("", MatchRules.norm(" — "));
    }

    @Test
    void normDropsApostropheSOnlyBeforeAWordBoundary() {
        assertEquals("blinken visit", MatchRules.norm("Blinken's visit"));
        assertEquals("o shea", MatchRules.norm("O'Shea"));
        assertEquals("it ok", MatchRules.norm("it's ok"));
        // é is a word character for Python's \b, so the 's before it stays (as "s")
        assertEquals("x se", MatchRules.norm("x'sé"));
    }

    @Test
    void normKeepsMarksThatAreNotCombiningAsSeparators() {
        // U+0941 (Devanagari vowel sign u) has combining class 0: Python keeps it, then it becomes a space
        assertEquals("a b", MatchRules.norm("a\u0941b"));
        // U+094D (virama) has class 9: Python drops it
        assertEquals("ab", MatchRules.norm("a\u094Db"));
    }

    @Test
    void honorificsAreStrippedWhileMoreThanOneWordIsLeft() {
        assertEquals("blinken", MatchRules.stripHonorifics("mr secretary blinken"));
        assertEquals("president", MatchRules.stripHonorifics("president"));
        assertEquals("minister", MatchRules.stripHonorifics("prime minister"));
    }

    @Test
    void roleMatchAcceptsEqualContainingAndLongEnoughContainedRoles() {
        assertTrue(MatchRules.roleMatch("Foreign Minister", "Foreign Minister", List.of()));
        assertTrue(MatchRules.roleMatch("Turkish Foreign Minister", "Foreign Minister", List.of()));
        assertTrue(MatchRules.roleMatch("Minister of Foreign Affairs", "Foreign Minister",
                List.of("Minister of Foreign Affairs")));
        assertTrue(MatchRules.roleMatch("Head", "Head of State", List.of()));
        assertFalse(MatchRules.roleMatch("War", "War Cabinet member", List.of()));
        assertFalse(MatchRules.roleMatch("Presidential", "President", List.of()));
        assertFalse(MatchRules.roleMatch("", "President", List.of()));
        assertTrue(MatchRules.roleMatch("", "", null));
    }

    @Test
    void wordSearchFollowsPythonsBoundaries() {
        assertTrue(MatchRules.containsWords("vice president", "president"));
        assertFalse(MatchRules.containsWords("presidential", "president"));
        assertTrue(MatchRules.containsWords("a b", ""));
        assertFalse(MatchRules.containsWords("", ""));
    }

    @Test
    void placeMatchUsesAliasesDemonymsAndWordEndings() {
        Gold gold = Gold.parse("""
                {"persons": [], "positions": [], "meetings": [],
                 "places": {"United States": ["US", "Washington"], "UK": []}}
                """, "test");
        assertTrue(MatchRules.placeMatch(gold, "American", "United States", List.of()));
        assertTrue(MatchRules.placeMatch(gold, "Washington", "United States", List.of()));
        assertTrue(MatchRules.placeMatch(gold, "the United States", "United States", List.of()));
        assertTrue(MatchRules.placeMatch(gold, "United Kingdom", "UK", List.of()));
        assertTrue(MatchRules.placeMatch(gold, "Amman", "Jordan", List.of("Amman")));
        assertFalse(MatchRules.placeMatch(gold, "United States Army", "United States", List.of()));
        assertFalse(MatchRules.placeMatch(gold, "Canadian", "United States", List.of()));
        assertFalse(MatchRules.placeMatch(gold, "Amman", null, List.of()));
    }

    @Test
    void pythonRoundingAndFormattingRoundHalfToEvenOnTheExactValue() {
        assertEquals(0.062, PyText.round3(0.0625));
        assertEquals(0.667, PyText.round3(2.0 / 3));
        assertEquals("0.12", PyText.fixed2(0.125));
        assertEquals("0.38", PyText.fixed2(0.375));
        assertEquals("1.00", PyText.fixed2(1.0));
        assertEquals("1.0", PyText.repr(1.0));
        assertEquals("0.667", PyText.repr(0.667));
        assertEquals("0.0", PyText.repr(0.0));
    }

    @Test
    void pythonReprOfStringsAndLists() {
        assertEquals("['a', \"O'Brien\"]", PyText.repr(List.of("a", "O'Brien")));
        assertEquals("'say \"x\" and \\'y\\''", PyText.repr("say \"x\" and 'y'"));
        assertEquals("'a\\nb\\x00 \\xa0é'", PyText.repr("a\nb\u0000 \u00a0é"));
        assertEquals("[]", PyText.repr(List.of()));
    }

    @Test
    void pythonOrdersStringsByCodePoint() {
        // UTF-16 order would put the surrogate pair of U+1F600 before U+FF41
        assertTrue(PyText.compareCodePoints("\uff41", "\ud83d\ude00") < 0);
        assertTrue(PyText.compareCodePoints("Ab", "a") < 0);
    }

    @Test
    void pythonStripsItsOwnWhiteSpace() {
        assertEquals("x", PyText.strip("\u00a0\u2003\u001c x \u3000"));
        assertEquals("\u200bx", PyText.strip("\u200bx"));
    }
}
