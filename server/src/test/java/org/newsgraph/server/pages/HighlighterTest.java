package org.newsgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    @Test
    void spansNestAndOffsetsAreCodePointsFromTheBase() {
        // "😀" is one code point and two chars: offsets after it must still land on the right words.
        String text = "\uD83D\uDE00 Blinken met Abbas <b>.";
        List<Highlighter.Span> spans = List.of(
                new Highlighter.Span(102, 109, "m m-person", "../person/b", null, "person: B"),
                new Highlighter.Span(114, 119, "m m-person", "../person/a", "char=114,119", null),
                new Highlighter.Span(110, 113, "m m-trigger", null, null, "trigger"),
                new Highlighter.Span(100, 125, "s", null, "char=100,125", null));
        String html = Highlighter.render(text, 100, spans).render();
        assertEquals("<span class=\"s\" id=\"char=100,125\">\uD83D\uDE00 "
                + "<a class=\"m m-person\" title=\"person: B\" href=\"../person/b\">Blinken</a> "
                + "<mark class=\"m m-trigger\" title=\"trigger\">met</mark> "
                + "<a class=\"m m-person\" id=\"char=114,119\" href=\"../person/a\">Abbas</a> &lt;b&gt;.</span>", html);
    }

    @Test
    void crossingSpansAreCutLinksInLinksAreMarksAndOutsideSpansDropped() {
        String text = "Antony Blinken met";
        List<Highlighter.Span> spans = List.of(
                new Highlighter.Span(0, 14, "m m-person", "../p", null, null),
                new Highlighter.Span(7, 18, "m m-title", "../t", null, null),
                new Highlighter.Span(50, 60, "m m-date", null, null, null),
                new Highlighter.Span(5, 5, "m m-date", null, null, null));
        assertEquals("<a class=\"m m-person\" href=\"../p\">Antony <mark class=\"m m-title\">Blinken</mark></a> met",
                Highlighter.render(text, 0, spans).render());
    }
}
