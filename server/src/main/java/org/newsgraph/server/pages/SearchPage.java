package org.newsgraph.server.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.server.html.Html;
import org.newsgraph.server.view.SearchHit;

/** The search results page: matches grouped by kind (persons, places, organisations, offices, topics, meetings). */
public final class SearchPage {
    /** The most results listed. */
    public static final int LIMIT = 200;
    /** Longer queries are cut to this many characters. */
    public static final int MAX_QUERY = 200;

    private SearchPage() {
    }

    public static String render(Site site, Links links, String rawQuery) {
        String query = rawQuery == null ? "" : rawQuery.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        String q = query;
        List<SearchHit> hits = q.isEmpty() ? List.of() : site.view().read(r -> r.search(q, LIMIT));
        Html.Element main = Html.el("div").cls("page", "page-search");
        main.add(Html.el("header").cls("page-head").add(Parts.kicker("Search"),
                Html.el("h1").text(q.isEmpty() ? "Search" : "\u201C" + q + "\u201D"),
                Layout.searchForm(links, q, "search-big")));
        if (q.isEmpty()) {
            main.add(Parts.muted("Type a name or part of one: a person (\u201CBlinken\u201D), a place (\u201CRamallah\u201D), "
                    + "an organisation, an office, or two names to find their meetings (\u201CBlinken Abbas\u201D)."));
        } else if (hits.isEmpty()) {
            main.add(Html.el("p").cls("lead").text("Nothing matches \u201C" + q + "\u201D. Names match by the start of "
                    + "their words, accents and case ignored: try part of a name."));
        } else {
            main.add(Html.el("p").cls("muted").text(ResourcePages.count(hits.size(), "result")
                    + (hits.size() >= LIMIT ? " (the first " + LIMIT + ")" : "")));
            Map<String, Html.Element> groups = new LinkedHashMap<>();
            for (String g : List.of("Persons", "Places", "Organisations", "Offices", "Topics", "Meetings", "Other")) {
                groups.put(g, Html.el("ul").cls("results"));
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (SearchHit h : hits) {
                String group = switch (h.ref().kind()) {
                    case PERSON -> "Persons";
                    case PLACE -> "Places";
                    case ORGANIZATION, OUTLET -> "Organisations";
                    case POST, ROLE -> "Offices";
                    case TOPIC -> "Topics";
                    case MEETING -> "Meetings";
                    default -> "Other";
                };
                Html.Element ul = groups.computeIfAbsent(group, g -> Html.el("ul").cls("results"));
                counts.merge(group, 1, Integer::sum);
                Html.Element li = Html.el("li").add(Parts.link(links, h.ref()));
                if (h.detail() != null) {
                    li.add(Html.el("span").cls("detail").text(" \u2014 " + h.detail()));
                }
                if (h.matched() != null) {
                    li.add(Html.el("span").cls("matched").text(" (also written \u201C" + h.matched() + "\u201D)"));
                }
                ul.add(li);
            }
            groups.forEach((g, ul) -> {
                if (counts.containsKey(g)) {
                    main.add(Html.el("section").cls("block").add(Html.el("h2").text(g)
                            .add(Html.text(" "), Html.el("span").cls("count").text(counts.get(g))), ul));
                }
            });
        }
        return Layout.render(links, new Layout.Meta(q.isEmpty() ? "Search" : "Search: " + q, null, q), main);
    }
}
