package org.newsgraph.server.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.newsgraph.server.html.Html;
import org.newsgraph.server.view.ArticleCount;
import org.newsgraph.server.view.ClaimView;
import org.newsgraph.server.view.DateValue;
import org.newsgraph.server.view.Evidence;
import org.newsgraph.server.view.Kind;
import org.newsgraph.server.view.Link;
import org.newsgraph.server.view.MeetingView;
import org.newsgraph.server.view.Mention;
import org.newsgraph.server.view.Quote;
import org.newsgraph.server.view.Ref;
import org.newsgraph.server.view.StanceView;
import org.newsgraph.server.view.TenureView;
import org.newsgraph.server.view.Value;

/** The pieces pages are made of: links, badges, dates, fact cards with their evidence, property tables. */
final class Parts {
    private Parts() {
    }

    static Html.Element link(Links links, Ref ref) {
        if (ref == null) {
            return null;
        }
        return Html.el("a").cls("ref", ref.kind().cssClass()).href(links.to(ref)).text(ref.label());
    }

    /** Refs joined with commas and a final "and". */
    static Html.Fragment join(Links links, List<Ref> refs) {
        Html.Fragment f = Html.fragment();
        for (int i = 0; i < refs.size(); i++) {
            if (i > 0) {
                f.add(Html.text(i == refs.size() - 1 ? " and " : ", "));
            }
            f.add(link(links, refs.get(i)));
        }
        return f;
    }

    static Html.Element badge(String text, String css) {
        return Html.el("span").cls("badge", css).text(text);
    }

    static Html.Element statusBadge(String status) {
        return status == null ? null : badge(status, "b-" + status.replaceAll("[^a-z]", ""));
    }

    static Html.Element date(DateValue d) {
        if (d == null) {
            return Html.el("span").cls("nodate").text("date unknown");
        }
        return Html.el("time").attr("datetime", d.iso()).text(d.display());
    }

    static Html.Element section(String id, String title, Integer count) {
        Html.Element h = Html.el("h2").text(title);
        if (count != null) {
            h.add(Html.text(" "), Html.el("span").cls("count").text(count));
        }
        return Html.el("section").id(id).cls("block").add(h);
    }

    static Html.Element kicker(String kind) {
        return Html.el("p").cls("kicker").text(kind);
    }

    static Html.Element muted(String text) {
        return Html.el("p").cls("muted").text(text);
    }

    /** "confidence 0.98 · 2 articles (2 outlets)", leaving out what is unknown. */
    static String sourcesLine(String confidence, int sources, int outlets) {
        List<String> parts = new ArrayList<>();
        if (confidence != null) {
            parts.add("confidence " + confidence);
        }
        if (sources > 0) {
            parts.add(sources + (sources == 1 ? " article" : " articles")
                    + (outlets > 0 ? " (" + outlets + (outlets == 1 ? " outlet)" : " outlets)") : ""));
        }
        return String.join(" \u00B7 ", parts);
    }

    // -----------------------------------------------------------------------------------------------------------
    // Evidence

    /**
     * The claims for a fact, each as the quoted sentence (mentions highlighted, linked to their pages; {@code self}
     * marked but not linked) with its article, outlet and the values it states. When only some claims are shown, a
     * link to the fact's page for the rest.
     */
    static Html.Element evidence(Links links, Evidence evidence, Ref fact, String self) {
        Html.Element div = Html.el("div").cls("evidence");
        if (evidence.claims().isEmpty()) {
            return div.add(Html.el("p").cls("muted small").text("No article sentence is recorded for this fact."));
        }
        for (ClaimView c : evidence.claims()) {
            div.add(claim(links, c, self));
        }
        if (evidence.truncated() && fact != null) {
            String what = "All " + evidence.total() + " sentences"
                    + (evidence.articles() > 1 ? " from " + evidence.articles() + " articles" : "") + " \u2192";
            div.add(Html.el("p").cls("more").add(Html.el("a").href(links.to(fact) + "#evidence")
                    .title("on the page of this " + fact.kind().word()).text(what)));
        }
        return div;
    }

    /**
     * All the claims for a fact, grouped by article: the article (linked, with outlet and date) once, then each
     * sentence it states the fact in, with a link to the sentence in the article and the values it states.
     */
    static Html.Element evidenceByArticle(Links links, Evidence evidence, String self) {
        Html.Element div = Html.el("div").cls("evidence", "by-article");
        if (evidence.claims().isEmpty()) {
            return div.add(Html.el("p").cls("muted small").text("No article sentence is recorded for this fact."));
        }
        String current = null;
        Html.Element group = null;
        for (ClaimView c : evidence.claims()) {
            String article = c.article() == null ? "" : c.article().iri();
            if (group == null || !article.equals(current)) {
                current = article;
                group = Html.el("div").cls("source-group");
                Html.Element head = Html.el("h3").cls("source-title");
                if (c.article() != null) {
                    head.add(link(links, c.article()));
                }
                String meta = sourceMeta(c);
                if (!meta.isEmpty()) {
                    head.add(Html.el("span").cls("meta").text(meta));
                }
                group.add(head);
                div.add(group);
            }
            Html.Element fig = Html.el("figure").cls("quote");
            if (c.quote() != null) {
                fig.add(Html.el("blockquote").add(quote(links, c.quote(), self)));
            }
            Html.Element cap = Html.el("figcaption");
            if (c.quote() != null && links.to(c.quote().iri()).contains("#")) {
                cap.add(Html.el("a").cls("in-context").href(links.to(c.quote().iri())).text("in context"));
            }
            values(links, c, cap);
            group.add(fig.add(cap));
        }
        return div;
    }

    private static String sourceMeta(ClaimView c) {
        List<String> meta = new ArrayList<>();
        if (c.outlet() != null) {
            meta.add(c.outlet().label());
        }
        if (c.published() != null) {
            meta.add("published " + c.published().display());
        } else if (c.observedOn() != null) {
            meta.add("as of " + c.observedOn().display());
        }
        return String.join(" \u00B7 ", meta);
    }

    private static void values(Links links, ClaimView c, Html.Element cap) {
        if (!c.values().isEmpty()) {
            Html.Element vals = Html.el("span").cls("vals").text("reports ");
            for (int i = 0; i < c.values().size(); i++) {
                Value v = c.values().get(i);
                if (i > 0) {
                    vals.add(Html.text(" \u00B7 "));
                }
                vals.add(Html.el("span").cls("vname").text(v.property()), Html.text(" "));
                vals.add(v.ref() != null ? link(links, v.ref()) : Html.el("span").cls("vval").text(v.text()));
            }
            cap.add(vals);
        }
    }

    static Html.Element claim(Links links, ClaimView c, String self) {
        Html.Element fig = Html.el("figure").cls("quote");
        if (c.quote() != null) {
            fig.add(Html.el("blockquote").add(quote(links, c.quote(), self)));
        }
        Html.Element cap = Html.el("figcaption");
        if (c.article() != null) {
            String href = links.to(c.article());
            if (c.quote() != null) {
                String sentence = links.to(c.quote().iri());
                href = sentence.contains("#") ? sentence : href;
            }
            cap.add(Html.el("a").cls("src").href(href).text(c.article().label()));
        }
        String meta = sourceMeta(c);
        if (!meta.isEmpty()) {
            cap.add(Html.el("span").cls("meta").text(meta));
        }
        values(links, c, cap);
        return fig.add(cap);
    }

    /** A sentence with its mentions marked: linked to their pages, except {@code self}, which is only marked. */
    static Html quote(Links links, Quote q, String self) {
        List<Highlighter.Span> spans = new ArrayList<>();
        for (Mention m : q.mentions()) {
            spans.add(mentionSpan(links, m, self, false));
        }
        return Highlighter.render(q.text(), q.begin(), spans);
    }

    static Highlighter.Span mentionSpan(Links links, Mention m, String self, boolean withId) {
        String kind = m.kind() == null ? "other" : m.kind().replaceAll("[^a-z]", "");
        boolean isSelf = m.ref() != null && m.ref().iri().equals(self);
        String href = m.ref() != null && !isSelf ? links.to(m.ref()) : null;
        String title = m.ref() != null ? kind + ": " + m.ref().label() : kind;
        String id = withId ? m.iri().substring(m.iri().indexOf('#') + 1) : null;
        return new Highlighter.Span(m.begin(), m.end(), "m m-" + kind + (isSelf ? " m-self" : ""), href, id, title);
    }

    // -----------------------------------------------------------------------------------------------------------
    // Fact cards

    /**
     * A meeting: date, who (everyone but {@code self}), status, place, kind, sources, and its evidence. On a
     * person's page {@code self} is the person, so the heading says "with ...".
     */
    static Html.Element meeting(Links links, MeetingView m, String self) {
        Html.Element card = Html.el("article").cls("fact", "fact-meeting", "st-" + m.status());
        card.add(Html.el("div").cls("fact-date").add(date(m.date())));
        Html.Element body = Html.el("div").cls("fact-body");
        List<Ref> others = new ArrayList<>();
        for (Ref p : m.participants()) {
            if (!p.iri().equals(self)) {
                others.add(p);
            }
        }
        Html.Element h = Html.el("h3");
        if (self != null) {
            h.add(Html.el("a").cls("fact-link").href(links.to(m.meeting())).text(verb(m.status()) + " "),
                    join(links, others));
        } else {
            h.add(join(links, m.participants()), Html.text(" \u2014 "),
                    Html.el("a").cls("fact-link").href(links.to(m.meeting())).text(verb(m.status()).toLowerCase()));
        }
        h.add(Html.text(" "), statusBadge(m.status()));
        body.add(h);
        Html.Element meta = Html.el("p").cls("fact-meta");
        if (m.place() != null) {
            meta.add(Html.text("in "), link(links, m.place()), Html.text(" \u00B7 "));
        }
        if (m.kind() != null) {
            meta.add(Html.text(m.kind() + " \u00B7 "));
        }
        if (self == null && m.date() == null) {
            meta.add(Html.text("date not reported \u00B7 "));
        }
        String sources = sourcesLine(m.confidence(), m.sources(), m.outlets());
        if (!sources.isEmpty()) {
            meta.add(Html.text(sources + " \u00B7 "));
        }
        meta.add(Html.el("a").href(links.to(m.meeting())).text("details"));
        body.add(meta);
        if (!m.evidence().claims().isEmpty() || m.evidence().total() > 0) {
            body.add(evidence(links, m.evidence(), m.meeting(), self));
        }
        return card.add(body);
    }

    static String verb(String status) {
        if (status == null) {
            return "Meeting";
        }
        return switch (status) {
            case "planned" -> "To meet";
            case "refused" -> "Refused to meet";
            default -> "Met";
        };
    }

    /** An office held: the post, current or former, the dates it was reported, sources, evidence. */
    static Html.Element tenure(Links links, TenureView t, String self, boolean showPerson) {
        Html.Element card = Html.el("article").cls("fact", "fact-tenure", t.current() ? "current" : "former");
        Html.Element h = Html.el("h3");
        if (showPerson && t.person() != null) {
            h.add(link(links, t.person()));
        } else {
            h.add(t.post() != null ? link(links, t.post()) : Html.text(t.tenure().label()));
        }
        h.add(Html.text(" "), t.current() ? badge("current", "b-current") : badge("former", "b-former"));
        String sources = sourcesLine(t.confidence(), t.sources(), 0);
        card.add(Html.el("div").cls("fact-body").add(h, Html.el("p").cls("fact-meta").add(
                Html.text(observed(t) + " \u00B7 " + (sources.isEmpty() ? "" : sources + " \u00B7 ")),
                Html.el("a").href(links.to(t.tenure())).text("details")),
                evidence(links, t.evidence(), t.tenure(), self)));
        return card;
    }

    static String observed(TenureView t) {
        if (t.firstObserved() == null) {
            return "reported without a date";
        }
        if (t.lastObserved() == null || t.lastObserved().equals(t.firstObserved())) {
            return "reported " + t.firstObserved().display();
        }
        return "reported " + t.firstObserved().display() + " \u2013 " + t.lastObserved().display();
    }

    static Html.Element stance(Links links, StanceView s, String self, boolean showHolder) {
        Html.Element card = Html.el("article").cls("fact", "fact-stance", "pol-" + s.polarity());
        Html.Element h = Html.el("h3");
        if (showHolder && s.holder() != null) {
            h.add(link(links, s.holder()), Html.text(" "));
        }
        h.add(Html.el("a").cls("fact-link").href(links.to(s.stance())).text(s.polarity() == null ? "stance on" : s.polarity()),
                Html.text(" "), s.topic() != null ? link(links, s.topic()) : null);
        card.add(Html.el("div").cls("fact-body").add(h,
                Html.el("p").cls("fact-meta").text(sourcesLine(s.confidence(), s.sources(), 0)),
                evidence(links, s.evidence(), s.stance(), self)));
        return card;
    }

    // -----------------------------------------------------------------------------------------------------------
    // Lists and tables

    static Html.Element articleList(Links links, List<ArticleCount> articles, String unit) {
        Html.Element ul = Html.el("ul").cls("plain-list");
        for (ArticleCount a : articles) {
            Html.Element li = Html.el("li").add(link(links, a.article()));
            if (a.mentions() > 0) {
                li.add(Html.text(" "), Html.el("span").cls("count").text(a.mentions() + " " + unit
                        + (a.mentions() == 1 ? "" : "s")));
            }
            ul.add(li);
        }
        return ul;
    }

    static Html.Element refList(Links links, List<Ref> refs) {
        Html.Element ul = Html.el("ul").cls("plain-list");
        for (Ref r : refs) {
            ul.add(Html.el("li").add(link(links, r)));
        }
        return ul;
    }

    /** The property's short name ({@code schema:name}) when a prefix is known, else the IRI. */
    static String curie(PrefixMap prefixes, String iri) {
        String s = prefixes.abbreviate(iri);
        return s != null ? s : iri;
    }

    /** All statements about the resource, one row per value. */
    static Html.Element statements(Links links, PrefixMap prefixes, List<Link> statements) {
        Html.Element table = Html.el("table").cls("props");
        table.add(Html.el("thead").add(Html.el("tr").add(Html.el("th").text("property"), Html.el("th").text("value"))));
        Html.Element tbody = Html.el("tbody");
        for (Link l : statements) {
            tbody.add(Html.el("tr").add(
                    Html.el("td").add(property(links, prefixes, l.property())),
                    Html.el("td").add(value(links, prefixes, l.other(), l.otherRef()))));
        }
        return table.add(tbody);
    }

    static Html.Element property(Links links, PrefixMap prefixes, Node p) {
        String iri = p.getURI();
        return Html.el("a").cls("prop").href(iri).attr("title", iri).text(curie(prefixes, iri));
    }

    static Html value(Links links, PrefixMap prefixes, Node o, Ref ref) {
        if (o.isLiteral()) {
            Html.Element span = Html.el("span").cls("lit").text(o.getLiteralLexicalForm());
            String dt = o.getLiteralDatatypeURI();
            if (o.getLiteralLanguage() != null && !o.getLiteralLanguage().isEmpty()) {
                return Html.fragment(span, Html.el("span").cls("dt").text("@" + o.getLiteralLanguage()));
            }
            if (dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString")) {
                return Html.fragment(span, Html.el("span").cls("dt").text(curie(prefixes, dt)));
            }
            return span;
        }
        if (ref != null) {
            if (links.isLocal(ref.iri())) {
                return Html.fragment(link(links, ref), Html.el("span").cls("iri-tail").text(tail(ref.iri())));
            }
            return Html.el("a").cls("ext").href(ref.iri()).attr("title", ref.iri()).text(curie(prefixes, ref.iri()));
        }
        return Html.text(o.toString());
    }

    private static String tail(String iri) {
        int id = iri.indexOf("/id/");
        return id >= 0 ? iri.substring(id + 4) : iri;
    }

    /** Incoming links: how many by property, and the first few of each. */
    static Html.Element incoming(Links links, PrefixMap prefixes, Map<Node, Integer> counts, Map<Node, List<Ref>> samples,
                                 String selfIri) {
        Html.Element table = Html.el("table").cls("props");
        table.add(Html.el("thead").add(Html.el("tr").add(Html.el("th").text("property"),
                Html.el("th").text("from"))));
        Html.Element tbody = Html.el("tbody");
        counts.forEach((p, n) -> {
            Html.Element td = Html.el("td");
            List<Ref> sample = samples.getOrDefault(p, List.of());
            for (int i = 0; i < sample.size(); i++) {
                if (i > 0) {
                    td.add(Html.text(", "));
                }
                Ref r = sample.get(i);
                td.add(r.kind() == Kind.OTHER && r.label().startsWith("\u201C")
                        ? Html.el("a").cls("ref k-mention").href(links.to(r)).text(r.label()) : link(links, r));
            }
            if (n > sample.size()) {
                td.add(Html.text(" "), Html.el("a").cls("more-link").href(links.to(selfIri) + "?incoming="
                        + Links.encode(p.getURI())).text("all " + n + " \u2192"));
            }
            tbody.add(Html.el("tr").add(Html.el("td").add(property(links, prefixes, p),
                    Html.el("span").cls("count").text(" " + n)), td));
        });
        return table.add(tbody);
    }
}
