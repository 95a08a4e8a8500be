package org.newsgraph.server.pages;

import org.newsgraph.server.html.Html;
import org.newsgraph.server.ld.Format;

/**
 * The frame every page shares: head (title, style sheet, script, alternate formats), a top bar with the search box
 * and the main links, the page's content, and a footer with the resource's IRI and its data in other formats.
 */
public final class Layout {
    /** Fuseki's query editor for the kg dataset, relative to the server's root (see the home servlet). */
    public static final String SPARQL_UI = "?sparql#/dataset/kg/query";

    private Layout() {
    }

    /** What the frame needs to know about a page. {@code iri} is the resource shown (null for other pages). */
    record Meta(String title, String iri, String query) {
        static Meta of(String title) {
            return new Meta(title, null, null);
        }
    }

    static String render(Links links, Meta meta, Html content) {
        Html.Element head = Html.el("head").add(
                Html.el("meta").attr("charset", "utf-8"),
                Html.el("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"),
                Html.el("title").text(meta.title() + " \u2014 Newsgraph"),
                Html.stylesheet(links.asset("newsgraph.css")),
                Html.script(links.asset("newsgraph.js")));
        if (meta.iri() != null && links.isLocal(meta.iri())) {
            for (Format f : Format.values()) {
                if (f != Format.HTML) {
                    head.add(Html.el("link").attr("rel", "alternate").attr("type", f.mediaType())
                            .href(links.data(meta.iri(), f)));
                }
            }
        }
        Html.Element top = Html.el("header").cls("top").add(Html.el("div").cls("wrap top-inner").add(
                Html.el("a").cls("brand").href(links.home()).add(
                        Html.el("span").cls("brand-mark").text("N"), Html.text("Newsgraph")),
                searchForm(links, meta.query(), "search-top"),
                Html.el("nav").cls("top-nav").add(
                        Html.el("a").href(links.home() + "#timeline").text("Timeline"),
                        Html.el("a").href(links.home() + "#network").text("Network"),
                        Html.el("a").href(links.path("queries")).text("Queries"),
                        links.queryUi() ? Html.el("a").href(links.path(SPARQL_UI)).text("SPARQL") : null)));
        Html.Element footer = Html.el("footer").cls("foot").add(footerContent(links, meta));
        Html.Element body = Html.el("body").add(top, Html.el("main").cls("wrap").id("main").add(content), footer);
        return Html.document(Html.el("html").attr("lang", "en").add(head, body));
    }

    static Html.Element searchForm(Links links, String query, String cssClass) {
        return Html.el("form").cls("search", cssClass).attr("action", links.path("search")).attr("method", "get")
                .attr("role", "search").add(
                        Html.el("input").attr("type", "search").attr("name", "q").attr("value", query)
                                .attr("placeholder", "Search persons, places, meetings\u2026")
                                .attr("aria-label", "Search persons, places, meetings").attr("autocomplete", "off")
                                .attr("maxlength", "200"),
                        Html.el("button").attr("type", "submit").text("Search"));
    }

    private static Html footerContent(Links links, Meta meta) {
        Html.Element div = Html.el("div").cls("wrap");
        if (meta.iri() != null) {
            Html.Element p = Html.el("p").add(Html.text("IRI "), Html.el("code").cls("iri").text(meta.iri()));
            if (links.isLocal(meta.iri())) {
                p.add(Html.text(" \u00B7 this resource as "));
                boolean first = true;
                for (Format f : Format.values()) {
                    if (f == Format.HTML) {
                        continue;
                    }
                    if (!first) {
                        p.add(Html.text(", "));
                    }
                    first = false;
                    p.add(Html.el("a").href(links.data(meta.iri(), f)).attr("type", f.mediaType()).text(switch (f) {
                        case TURTLE -> "Turtle";
                        case JSONLD -> "JSON-LD";
                        case NTRIPLES -> "N-Triples";
                        case RDFXML -> "RDF/XML";
                        case HTML -> "HTML";
                    }));
                }
            }
            div.add(p);
        }
        div.add(Html.el("p").cls("muted").add(Html.text("Newsgraph: persons, offices, meetings and stances from news "
                + "articles, each fact with the sentences that state it. SPARQL endpoint "),
                Html.el("code").text("/kg/sparql"), Html.text(" \u00B7 "),
                Html.el("a").href(links.path("queries")).text("canned queries"),
                links.queryUi() ? Html.fragment(Html.text(" \u00B7 "), Html.el("a").href(links.path(SPARQL_UI))
                        .text("query editor")) : null));
        return div;
    }
}
