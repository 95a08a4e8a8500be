package org.newsgraph.server.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {
    static final String HOSTILE = "Vera \"<b onmouseover='x()'>V</b>\" O'Hara <script>alert(1)</script> & co";

    @Test
    void textAndAttributeValuesAreEscaped() {
        String html = Html.el("a").attr("href", "/id/person/x").title(HOSTILE).text(HOSTILE).render();
        String escaped = "Vera &quot;&lt;b onmouseover=&#39;x()&#39;&gt;V&lt;/b&gt;&quot; O&#39;Hara "
                + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co";
        assertEquals("<a href=\"/id/person/x\" title=\"" + escaped + "\">" + escaped + "</a>", html);
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFDc\n\uD83D\uDE00", Html.escape("a\u0000b\uD800c\n\uD83D\uDE00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "//evil.example/x",
            "/\\evil.example", "vbscript:x", "java\tscript:x", "mailto:a@b", "http:", "https://"})
    void urlAttributesKeepOnlyHttpRelativeAndFragmentUrls(String url) {
        assertEquals("<a href=\"about:invalid\"></a>", Html.el("a").href(url).render());
        assertEquals("<img src=\"about:invalid\">", Html.el("img").attr("src", url).render());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/person/x", "../../id/person/x", "./search?q=a", "#char=1,5", "?page=2",
            "https://example.org/a?b=c&d=e", "HTTP://EXAMPLE.ORG/"})
    void safeUrlsAreKept(String url) {
        assertTrue(Html.el("a").href(url).render().startsWith("<a href=\"" + Html.escape(url) + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"onclick", "ONMOUSEOVER", "onerror", "style", "srcdoc", "srcset", "http-equiv", "xmlns:x",
            "a b", "a\"b", "x=y", ""})
    void attributesThatRunCodeOrBreakMarkupAreRefused(String name) {
        assertThrows(IllegalArgumentException.class, () -> Html.el("div").attr(name, "x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "SCRIPT", "style", "iframe", "object", "embed", "base", "template", "foreignObject",
            "a b", "div>", "", "img/src"})
    void elementsThatRunOrLoadCodeAreRefused(String name) {
        assertThrows(IllegalArgumentException.class, () -> Html.el(name));
    }

    @Test
    void scriptsAndStyleSheetsOnlyFromTheServersAssets() {
        assertEquals("<script src=\"../../assets/newsgraph.js\" defer=\"defer\"></script>",
                Html.script("../../assets/newsgraph.js").render());
        assertThrows(IllegalArgumentException.class, () -> Html.script("https://cdn.example/x.js"));
        assertThrows(IllegalArgumentException.class, () -> Html.script("/assets/../x.js"));
        assertThrows(IllegalArgumentException.class, () -> Html.stylesheet("/other/x.css"));
    }

    @Test
    void voidElementsTakeNoChildrenAndRenderNoEndTag() {
        assertEquals("<input type=\"search\" value=\"&lt;q&gt;\">", Html.el("input").attr("type", "search")
                .attr("value", "<q>").render());
        assertThrows(IllegalArgumentException.class, () -> Html.el("br").text("x"));
    }

    @Test
    void aDocumentHasTheDoctypeAndNothingUnescaped() {
        String doc = Html.document(Html.el("html").add(Html.el("body").add(Html.text(HOSTILE),
                Html.fragment(Html.text("<i>"), Html.el("svg").add(Html.el("text").text("</svg><script>"))))));
        assertTrue(doc.startsWith("<!DOCTYPE html>\n<html>"));
        assertFalse(doc.contains("<script>") || doc.contains("<b ") || doc.contains("<i>"), doc);
    }
}
