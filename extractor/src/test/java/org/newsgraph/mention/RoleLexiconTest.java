package org.newsgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.Span;

class RoleLexiconTest {
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(new Span(at, at + w.length()), w, "X", w.toLowerCase()));
            at += w.length() + 1;
        }
        return out;
    }

    private static Optional<String> role(String text) {
        return RoleLexicon.standard().at(tokens(text), 0).map(m -> m.value().canonical() + "/" + m.end());
    }

    @Test
    void portfoliosCompose() {
        assertEquals(Optional.of("Foreign Minister/4"), role("Minister of Foreign Affairs"));
        assertEquals(Optional.of("Foreign Minister/3"), role("Foreign Affairs Minister"));
        assertEquals(Optional.of("Defence Minister/2"), role("Defense Minister"));
        assertEquals(Optional.of("Secretary of Defense/3"), role("Secretary of Defense"));
        assertEquals(Optional.of("Interior Secretary/2"), role("Home Secretary"));
    }

    @Test
    void longestMatchWinsAndHyphensAreSpaces() {
        assertEquals(Optional.of("Secretary of State/3"), role("Secretary of State Antony"));
        assertEquals(Optional.of("Secretary-General/2"), role("Secretary General"));
        assertEquals(Optional.of("Secretary-General/1"), role("Secretary-General"));
    }

    @Test
    void wireTypoIsTheRole() {
        assertEquals(Optional.of("Foreign Minister/2"), role("Foreign Minster"));
    }

    @Test
    void shortFormsMatchTheirCaseOnly() {
        assertEquals(Optional.of("Prime Minister/1"), role("PM Simitis"));
        assertEquals(Optional.empty(), role("pm tomorrow"));
    }

    @Test
    void honorificsAreNotRoles() {
        RoleLexicon.Entry mr = RoleLexicon.standard().at(tokens("Mr Blinken"), 0).orElseThrow().value();
        assertEquals(RoleLexicon.Kind.HONORIFIC, mr.kind());
        RoleLexicon.Entry gen = RoleLexicon.standard().at(tokens("General Wei"), 0).orElseThrow().value();
        assertEquals(RoleLexicon.Kind.HONORIFIC, gen.kind());
    }

    @Test
    void onlyUsCabinetTitlesHaveADefaultCountry() {
        assertTrue(RoleLexicon.standard().at(tokens("Secretary of State"), 0).orElseThrow().value().defaultBody()
                .isPresent());
        assertTrue(RoleLexicon.standard().at(tokens("Foreign Minister"), 0).orElseThrow().value().defaultBody()
                .isEmpty());
    }
}
