package org.newsgraph.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.server.html.Html;
import org.newsgraph.server.view.ArticleCount;
import org.newsgraph.server.view.HomeView;
import org.newsgraph.server.view.MeetingView;
import org.newsgraph.server.view.Ref;

/**
 * The home page: a search box, corpus counts, the time line of every meeting, the network of who met whom, the
 * persons with the most meetings, the articles, and the canned queries (each runnable with one click).
 */
public final class HomePage {
    /** Articles listed on the home page. */
    static final int ARTICLES = 30;

    private HomePage() {
    }

    /**
     * The home page. It reads every meeting and lays out the network, which takes a second or two on a store of
     * thousands of articles, so the page is kept until the data changes (per link root: the page at {@code /} and at
     * the base's path have the same links).
     */
    public static String render(Site site, Links links) {
        return site.view().kept("home " + links.home(), () -> compute(site, links));
    }

    private static String compute(Site site, Links links) {
        HomeView home = site.view().read(r -> r.home());
        Html.Element main = Html.el("div").cls("page", "page-home");

        Html.Element hero = Html.el("header").cls("hero");
        hero.add(Html.el("h1").text("Newsgraph"));
        hero.add(Html.el("p").cls("lead").text("Who holds which office, who met whom \u2014 when and where \u2014 and "
                + "who stands where, as " + home.counts().getOrDefault("articles", 0L) + " news articles report it. "
                + "Every fact links to the sentences that state it."));
        hero.add(Layout.searchForm(links, null, "search-big"));
        Html.Element stats = Html.el("ul").cls("stats");
        home.counts().forEach((k, v) -> stats.add(Html.el("li").add(Html.el("span").cls("num").text(v),
                Html.el("span").cls("what").text(k))));
        hero.add(stats);
        main.add(hero);

        List<MeetingView> meetings = home.meetings();
        Html.Element timeline = Parts.section("timeline", "Meetings over time", meetings.size());
        timeline.add(Charts.legend(false));
        timeline.add(Html.el("div").cls("chart-box").add(Charts.timeline(links, meetings, List.of(), null,
                "Time line of all meetings", "")));
        List<MeetingView> undated = meetings.stream().filter(m -> m.date() == null || !m.date().placed()).toList();
        if (!undated.isEmpty()) {
            Html.Element d = Html.el("details").cls("undated");
            d.add(Html.el("summary").text(ResourcePages.count(undated.size(), "meeting") + " without a known date"));
            Html.Element ul = Html.el("ul").cls("plain-list");
            for (MeetingView m : undated) {
                Html.Element li = Html.el("li").add(Parts.join(links, m.participants()), Html.text(" \u2014 "),
                        Html.el("a").href(links.to(m.meeting())).text(Parts.verb(m.status()).toLowerCase()));
                if (m.place() != null) {
                    li.add(Html.text(" in "), Parts.link(links, m.place()));
                }
                li.add(Html.text(" "), Parts.statusBadge(m.status()));
                ul.add(li);
            }
            timeline.add(d.add(ul));
        }
        main.add(timeline);

        Html.Element network = Parts.section("network", "Who met whom", null);
        if (meetings.isEmpty()) {
            network.add(Parts.muted("No meetings yet."));
        } else {
            network.add(Charts.legend(false));
            network.add(Html.el("p").cls("muted small").text("Circles are people (bigger: more meetings), lines are "
                    + "meetings between them. Hover a person to see their links; click to open their page."
                    + (countPersons(meetings) > Charts.MAX_NETWORK_NODES ? " Showing the " + Charts.MAX_NETWORK_NODES
                    + " people with the most meetings and their strongest links." : "")));
            network.add(Html.el("div").cls("chart-box").add(Charts.network(links, meetings, null,
                    "Network of who met whom", 960, 600, Charts.MAX_NETWORK_NODES)));
        }
        main.add(network);

        Html.Element cols = Html.el("div").cls("two-col");
        Html.Element people = Parts.section("people", "Most meetings", null);
        Html.Element ol = Html.el("ol").cls("plain-list ranked");
        for (Map.Entry<Ref, Integer> e : topPersons(meetings, 12)) {
            ol.add(Html.el("li").add(Parts.link(links, e.getKey()), Html.text(" "),
                    Html.el("span").cls("count").text(ResourcePages.count(e.getValue(), "meeting"))));
        }
        people.add(ol);
        cols.add(people);
        List<ArticleCount> articles = home.articles();
        Html.Element arts = Parts.section("articles", "Articles", articles.size());
        arts.add(Parts.articleList(links, articles.subList(0, Math.min(ARTICLES, articles.size())), "mention"));
        if (articles.size() > ARTICLES) {
            arts.add(Parts.muted("and " + (articles.size() - ARTICLES) + " more: search, or query the SPARQL endpoint."));
        }
        cols.add(arts);
        main.add(cols);

        main.add(QueryPages.list(site, links));
        return Layout.render(links, Layout.Meta.of("Home"), main);
    }

    private static int countPersons(List<MeetingView> meetings) {
        return (int) meetings.stream().flatMap(m -> m.participants().stream()).map(Ref::iri).distinct().count();
    }

    private static List<Map.Entry<Ref, Integer>> topPersons(List<MeetingView> meetings, int n) {
        Map<String, Ref> refs = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (MeetingView m : meetings) {
            for (Ref p : m.participants()) {
                refs.put(p.iri(), p);
                counts.merge(p.iri(), 1, Integer::sum);
            }
        }
        List<Map.Entry<Ref, Integer>> out = new ArrayList<>();
        counts.forEach((iri, c) -> out.add(Map.entry(refs.get(iri), c)));
        out.sort(Comparator.comparing((Map.Entry<Ref, Integer> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().label()));
        return out.size() > n ? out.subList(0, n) : out;
    }
}
