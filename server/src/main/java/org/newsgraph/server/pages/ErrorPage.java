package org.newsgraph.server.pages;

import org.newsgraph.server.html.Html;

/** The page for an error: the status, a sentence saying what went wrong (no stack trace), and a way on. */
public final class ErrorPage {
    private ErrorPage() {
    }

    public static String render(Links links, int status, String title, String message) {
        Html.Element main = Html.el("div").cls("page", "page-error");
        main.add(Html.el("header").cls("page-head").add(Parts.kicker("Error " + status), Html.el("h1").text(title),
                Html.el("p").cls("lead").text(message)));
        main.add(Html.el("section").cls("block").add(Html.el("p").add(Html.text("Search the graph, or go to the "),
                Html.el("a").href(links.home()).text("home page"), Html.text(".")), Layout.searchForm(links, null,
                "search-big")));
        return Layout.render(links, Layout.Meta.of(title), main);
    }
}
