package org.newsgraph.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.server.html.Html;

/**
 * Renders a stretch of an article's text with spans marked in it (mentions, sentences), nested as their offsets
 * nest. Offsets are NIF offsets: code points from the start of the article; the text given starts at code point
 * {@code base}. A span that crosses the end of the span it starts in is cut there; a span outside the text, or empty,
 * is left out; a link inside a link becomes a plain mark. All text is escaped (it is {@link Html#text}).
 */
final class Highlighter {
    /** A span to mark: offsets in the article, the CSS class, a link (or null), an element id (or null), a title. */
    record Span(int begin, int end, String cssClass, String href, String id, String title) {
    }

    private static final class NodeSpan {
        final Span span;
        int begin;
        int end;
        final List<NodeSpan> children = new ArrayList<>();

        NodeSpan(Span span, int begin, int end) {
            this.span = span;
            this.begin = begin;
            this.end = end;
        }
    }

    private Highlighter() {
    }

    /** The text with the spans marked, as a fragment. */
    static Html render(String text, int base, List<Span> spans) {
        int cpCount = text.codePointCount(0, text.length());
        int[] charAt = new int[cpCount + 1];
        for (int cp = 0, ch = 0; cp <= cpCount; cp++) {
            charAt[cp] = ch;
            if (ch < text.length()) {
                ch += Character.charCount(text.codePointAt(ch));
            }
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::begin).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        NodeSpan root = new NodeSpan(null, 0, cpCount);
        List<NodeSpan> stack = new ArrayList<>();
        stack.add(root);
        for (Span s : sorted) {
            int b = Math.max(0, s.begin() - base);
            int e = Math.min(cpCount, s.end() - base);
            if (b >= e) {
                continue;
            }
            while (stack.size() > 1 && stack.get(stack.size() - 1).end <= b) {
                stack.remove(stack.size() - 1);
            }
            NodeSpan parent = stack.get(stack.size() - 1);
            e = Math.min(e, parent.end);
            if (b >= e) {
                continue;
            }
            NodeSpan n = new NodeSpan(s, b, e);
            parent.children.add(n);
            stack.add(n);
        }
        Html.Fragment out = Html.fragment();
        renderChildren(text, charAt, root, out, false);
        return out;
    }

    private static void renderChildren(String text, int[] charAt, NodeSpan node, Html.Fragment out, boolean inLink) {
        int pos = node.begin;
        for (NodeSpan c : node.children) {
            if (c.begin > pos) {
                out.add(Html.text(text.substring(charAt[pos], charAt[c.begin])));
            }
            boolean link = c.span.href() != null && !inLink;
            Html.Element el = Html.el(link ? "a" : c.span.cssClass().startsWith("m") ? "mark" : "span")
                    .cls(c.span.cssClass()).id(c.span.id()).title(c.span.title());
            if (link) {
                el.href(c.span.href());
            }
            Html.Fragment inner = Html.fragment();
            renderChildren(text, charAt, c, inner, inLink || link);
            el.add(inner);
            out.add(el);
            pos = c.end;
        }
        if (node.end > pos) {
            out.add(Html.text(text.substring(charAt[pos], charAt[node.end])));
        }
    }
}
