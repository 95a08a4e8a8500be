package org.newsgraph.server.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A piece of HTML (or inline SVG) built as a tree, so that everything that is not markup is escaped by construction:
 * text and attribute values are always escaped when rendered, URL attributes ({@code href}, {@code src}, ...) keep only
 * http(s), relative and fragment URLs, and the builder refuses what could run code (event-handler and {@code style}
 * attributes, {@code script}, {@code style}, {@code iframe} and similar elements). There is no way to add unescaped
 * markup: the only strings rendered as they are are element and attribute names, which are validated identifiers
 * written in code. Scripts and style sheets come only from {@link #script} and {@link #stylesheet}, with a path
 * under {@code /assets/}.
 *
 * <p>Elements are mutable while a page is built (not thread-safe); a finished tree can be rendered any number of
 * times.
 *
 * <pre>{@code
 * Html.Element p = Html.el("p").cls("lead").add(Html.text("Met "), Html.el("a").attr("href", "/id/person/x").text(name));
 * p.render()  // <p class="lead">Met <a href="/id/person/x">Mahmoud &lt;Abbas&gt;</a></p>
 * }</pre>
 */
public sealed interface Html permits Html.Element, Html.Text, Html.Fragment {

    /** Appends this node's HTML to {@code out}. */
    void renderTo(StringBuilder out);

    /** This node's HTML. */
    default String render() {
        StringBuilder sb = new StringBuilder();
        renderTo(sb);
        return sb.toString();
    }

    /** An element; {@code name} must be a plain tag name and not one that runs or loads code. */
    static Element el(String name) {
        return new Element(name, false);
    }

    /** Text, escaped when rendered; {@code null} renders as nothing. */
    static Text text(Object text) {
        return new Text(text == null ? "" : text.toString());
    }

    /** Nodes rendered one after another, with no element around them. */
    static Fragment fragment(Html... nodes) {
        Fragment f = new Fragment();
        for (Html n : nodes) {
            f.add(n);
        }
        return f;
    }

    static Fragment fragment(Collection<? extends Html> nodes) {
        Fragment f = new Fragment();
        nodes.forEach(f::add);
        return f;
    }

    /**
     * A {@code <script>} that loads one of the server's own scripts: {@code path} must be under {@code /assets/}
     * (absolute, or relative as {@code ../../assets/x.js}).
     */
    static Element script(String path) {
        return new Element("script", true).attr("src", asset(path)).attr("defer", "defer");
    }

    /** A {@code <link rel="stylesheet">} to one of the server's own style sheets, under {@code /assets/}. */
    static Element stylesheet(String path) {
        return new Element("link", true).attr("rel", "stylesheet").attr("href", asset(path));
    }

    private static String asset(String path) {
        if (!path.matches("(/|\\./|(\\.\\./)+)assets/[a-z0-9-]+\\.(js|css)")) {
            throw new IllegalArgumentException("not an asset path: " + path);
        }
        return path;
    }

    /** The whole document: the doctype, then {@code html}. */
    static String document(Element html) {
        StringBuilder sb = new StringBuilder(32_768);
        sb.append("<!DOCTYPE html>\n");
        html.renderTo(sb);
        sb.append('\n');
        return sb.toString();
    }

    /**
     * {@code s} with {@code & < > " '} as character references, and characters HTML does not allow (controls other
     * than tab, newline and carriage return; lone surrogates; noncharacters U+FFFE and U+FFFF) as U+FFFD. Safe in text
     * and in quoted attribute values.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escapeTo(s, sb);
        return sb.toString();
    }

    private static void escapeTo(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /**
     * {@code url} if it is safe to follow from a page: a path ({@code /x}, not {@code //host}; {@code ./x},
     * {@code ../x}), a query or fragment ({@code ?q}, {@code #f}), or an absolute http(s) URL; anything else ({@code javascript:}, {@code data:},
     * scheme-relative, ...) becomes {@code about:invalid}, which does nothing when followed.
     */
    static String safeUrl(String url) {
        if (url == null) {
            return "about:invalid";
        }
        // Browsers drop tabs and newlines inside URLs ("/\t/evil.example" is "//evil.example"): check what they see.
        String u = url.replaceAll("[\t\n\r]", "").strip();
        if ((u.startsWith("/") && !u.startsWith("//") && !u.startsWith("/\\")) || u.startsWith("#")
                || u.startsWith("?") || u.startsWith("./") || u.startsWith("../")) {
            return u;
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if ((lower.startsWith("http://") || lower.startsWith("https://")) && u.length() > lower.indexOf("//") + 2) {
            return u;
        }
        return "about:invalid";
    }

    /** An element with attributes and children. */
    final class Element implements Html {
        private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
        private static final Pattern ATTRIBUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.:-]*");
        /** Elements that run, load or restyle content: never from {@link #el}. */
        private static final Set<String> FORBIDDEN = Set.of("script", "style", "iframe", "frame", "frameset",
                "object", "embed", "applet", "base", "template", "noscript", "foreignobject", "set", "animate",
                "handler", "listener", "portal", "math");
        /** Attributes whose value is a URL: filtered with {@link Html#safeUrl}. */
        private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
                "cite", "poster", "data", "background", "codebase", "ping", "longdesc", "usemap", "manifest");
        /** Void elements: no children, no end tag. */
        private static final Set<String> VOID = Set.of("area", "br", "col", "hr", "img", "input", "link", "meta",
                "source", "track", "wbr");

        private final String name;
        private final List<String[]> attributes = new ArrayList<>(4);
        private final List<Html> children = new ArrayList<>(2);

        private Element(String name, boolean trusted) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not an element name: " + name);
            }
            if (!trusted && FORBIDDEN.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("<" + name + "> is not allowed in pages built with Html");
            }
            this.name = name;
        }

        /**
         * Sets an attribute (its value escaped; a URL attribute's value filtered with {@link Html#safeUrl}).
         * A {@code null} value leaves the attribute out. Refuses event handlers ({@code on...}), {@code style},
         * {@code srcdoc}, {@code srcset}, {@code http-equiv} and namespace declarations.
         */
        public Element attr(String attribute, Object value) {
            if (!ATTRIBUTE.matcher(attribute).matches()) {
                throw new IllegalArgumentException("not an attribute name: " + attribute);
            }
            String a = attribute.toLowerCase(Locale.ROOT);
            if (a.startsWith("on") || a.equals("style") || a.equals("srcdoc") || a.equals("srcset")
                    || a.equals("http-equiv") || a.startsWith("xmlns")) {
                throw new IllegalArgumentException("the attribute " + attribute + " is not allowed in pages built with Html");
            }
            if (value == null) {
                return this;
            }
            String v = value.toString();
            if (URL_ATTRIBUTES.contains(a)) {
                v = safeUrl(v);
            }
            for (String[] kv : attributes) {
                if (kv[0].equals(attribute)) {
                    kv[1] = v;
                    return this;
                }
            }
            attributes.add(new String[] {attribute, v});
            return this;
        }

        /** Sets the class attribute to the non-empty names given. */
        public Element cls(String... classes) {
            StringBuilder sb = new StringBuilder();
            for (String c : classes) {
                if (c != null && !c.isBlank()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(c);
                }
            }
            return sb.isEmpty() ? this : attr("class", sb.toString());
        }

        public Element id(String id) {
            return attr("id", id);
        }

        public Element href(String url) {
            return attr("href", url);
        }

        public Element title(String title) {
            return attr("title", title);
        }

        /** Adds children; {@code null}s are skipped. */
        public Element add(Html... nodes) {
            for (Html n : nodes) {
                if (n != null) {
                    addChild(n);
                }
            }
            return this;
        }

        public Element add(Collection<? extends Html> nodes) {
            for (Html n : nodes) {
                if (n != null) {
                    addChild(n);
                }
            }
            return this;
        }

        /** Adds text (escaped). */
        public Element text(Object text) {
            return add(Html.text(text));
        }

        private void addChild(Html n) {
            if (VOID.contains(name)) {
                throw new IllegalArgumentException("<" + name + "> cannot have children");
            }
            children.add(n);
        }

        public String name() {
            return name;
        }

        public boolean isEmpty() {
            return children.isEmpty();
        }

        @Override
        public void renderTo(StringBuilder out) {
            out.append('<').append(name);
            for (String[] kv : attributes) {
                out.append(' ').append(kv[0]).append("=\"");
                escapeTo(kv[1], out);
                out.append('"');
            }
            out.append('>');
            if (VOID.contains(name)) {
                return;
            }
            for (Html c : children) {
                c.renderTo(out);
            }
            out.append("</").append(name).append('>');
        }
    }

    /** Text; escaped when rendered. Immutable. */
    final class Text implements Html {
        private final String text;

        private Text(String text) {
            this.text = text;
        }

        @Override
        public void renderTo(StringBuilder out) {
            escapeTo(text, out);
        }
    }

    /** A sequence of nodes with no element around them. */
    final class Fragment implements Html {
        private final List<Html> nodes = new ArrayList<>();

        private Fragment() {
        }

        public Fragment add(Html node) {
            if (node != null) {
                nodes.add(node);
            }
            return this;
        }

        public boolean isEmpty() {
            return nodes.isEmpty();
        }

        @Override
        public void renderTo(StringBuilder out) {
            for (Html n : nodes) {
                n.renderTo(out);
            }
        }
    }
}
