package org.newsgraph.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.server.html.Html;
import org.newsgraph.server.view.ArticleView;
import org.newsgraph.server.view.ChoiceView;
import org.newsgraph.server.view.GraphReader;
import org.newsgraph.server.view.Kind;
import org.newsgraph.server.view.MeetingDetail;
import org.newsgraph.server.view.MeetingView;
import org.newsgraph.server.view.Mention;
import org.newsgraph.server.view.OfficeView;
import org.newsgraph.server.view.ParticipantView;
import org.newsgraph.server.view.PersonView;
import org.newsgraph.server.view.PlaceView;
import org.newsgraph.server.view.Quote;
import org.newsgraph.server.view.Ref;
import org.newsgraph.server.view.StanceView;
import org.newsgraph.server.view.TenureView;
import org.newsgraph.server.view.TopicView;

/**
 * The HTML page of a resource of the graph, by kind: person, meeting, place, office (post, role), organisation,
 * outlet, tenure, stance, topic, article, and a generic page for anything else (claims, participations, choices,
 * runs, mentions). Every page ends with the links into the resource and all its statements. Stateless.
 */
public final class ResourcePages {
    /** Incoming links listed per property before "all N". */
    static final int INCOMING_SAMPLE = 12;
    /** Incoming links per page on the "all incoming links" view. */
    static final int INCOMING_PAGE = 200;
    /** Statements listed in the "all statements" table. */
    static final int STATEMENTS = 500;

    private ResourcePages() {
    }

    /** A request for a page: which meetings page, or which incoming property to list in full (null: none). */
    public record Options(int page, String incoming, int incomingPage) {
        public static final Options DEFAULT = new Options(0, null, 0);
    }

    /** The page for {@code iri}, or {@code null} when the graph knows nothing of it. */
    public static String render(Site site, Links links, String iri, Options options) {
        Node node = NodeFactory.createURI(iri);
        record Rendered(String title, Html content) {
        }
        Rendered r = site.view().read(reader -> {
            long graphSize = reader.graphSize(node);
            if (!reader.exists(node) && graphSize == 0) {
                return null;
            }
            if (graphSize > 0) {
                Html.Element main = Html.el("div").cls("page", "page-graph");
                main.add(graph(site, links, reader, node, graphSize));
                main.add(statements(site, links, reader, node, Kind.OTHER));
                return new Rendered(graphTitle(site, node), main);
            }
            Kind kind = reader.kind(node);
            Html.Element main = Html.el("div").cls("page", "page-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            String title = reader.label(node);
            if (options.incoming() != null) {
                main.add(incomingPage(site, links, reader, node, options));
                return new Rendered("Links to " + title, main);
            }
            switch (kind) {
                case PERSON -> main.add(person(site, links, reader.person(node, options.page()), options));
                case MEETING -> main.add(meeting(links, reader.meetingDetail(node)));
                case PLACE -> main.add(place(links, reader.place(node)));
                case POST, ROLE, ORGANIZATION, OUTLET -> main.add(office(links, reader.office(node)));
                case TENURE -> main.add(tenure(links, reader.tenure(node, -1)));
                case STANCE -> main.add(stance(links, reader.stance(node, -1), reader.opposite(node)));
                case TOPIC -> main.add(topic(links, reader.topic(node)));
                case ARTICLE -> main.add(article(links, reader.article(node)));
                default -> main.add(generic(site, links, reader, node, kind));
            }
            main.add(linksIn(site, links, reader, node), statements(site, links, reader, node, kind));
            return new Rendered(title, main);
        });
        if (r == null) {
            return null;
        }
        return Layout.render(links, new Layout.Meta(r.title(), iri, null), r.content());
    }

    private static Html.Element header(String kicker, String title, Html... more) {
        Html.Element h = Html.el("header").cls("page-head").add(Parts.kicker(kicker), Html.el("h1").text(title));
        return h.add(more);
    }

    private static Html.Element toc(String... idsAndTitles) {
        Html.Element nav = Html.el("nav").cls("toc").attr("aria-label", "On this page");
        for (int i = 0; i + 1 < idsAndTitles.length; i += 2) {
            if (idsAndTitles[i] != null) {
                nav.add(Html.el("a").href("#" + idsAndTitles[i]).text(idsAndTitles[i + 1]));
            }
        }
        return nav;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Person

    static Html person(Site site, Links links, PersonView p, Options options) {
        String self = p.self().iri();
        Html.Fragment f = Html.fragment();
        Html.Element lead = Html.el("p").cls("lead");
        List<TenureView> current = p.offices().stream().filter(TenureView::current).toList();
        if (!current.isEmpty()) {
            for (int i = 0; i < current.size(); i++) {
                if (i > 0) {
                    lead.add(Html.text("; "));
                }
                TenureView t = current.get(i);
                lead.add(t.post() != null ? Parts.link(links, t.post()) : Html.text(t.tenure().label()));
            }
            lead.add(Html.text(" \u2014 as last reported. "));
        }
        lead.add(Html.text(count(p.meetingTotal(), "meeting") + ", " + count(p.stances().size(), "stance")
                + "; mentioned in " + count(p.articles().size(), "article") + "."));
        Html.Element head = header("Person", p.name(), lead);
        if (!p.aliases().isEmpty()) {
            Html.Element aka = Html.el("p").cls("aliases").add(Html.el("span").cls("label").text("Also written "));
            for (String a : p.aliases()) {
                aka.add(Html.el("span").cls("alias").text(a));
            }
            head.add(aka);
        }
        f.add(head);
        f.add(toc("offices", "Offices", "timeline", "Timeline", "meetings", "Meetings", "stances", "Stances",
                "network", "People met", "articles", "Articles", "links-in", "Links here"));

        Html.Element offices = Parts.section("offices", "Offices", p.offices().size());
        if (p.offices().isEmpty()) {
            offices.add(Parts.muted("No article reports an office for " + p.name() + "."));
        }
        for (TenureView t : p.offices()) {
            offices.add(Parts.tenure(links, t, self, false));
        }
        f.add(offices);

        Html.Element timeline = Parts.section("timeline", "Timeline", null);
        timeline.add(Charts.legend(true));
        timeline.add(Html.el("div").cls("chart-box").add(Charts.timeline(links, p.allMeetings(), p.offices(), self,
                "Time line of " + p.name() + ": meetings and offices", "person=" + Links.encode(self))));
        long undated = p.allMeetings().stream().filter(m -> m.date() == null || !m.date().placed()).count();
        if (undated > 0) {
            timeline.add(Parts.muted(count((int) undated, "meeting") + " without a known date "
                    + (undated == 1 ? "is" : "are") + " listed at the end of Meetings."));
        }
        f.add(timeline);

        Html.Element meetings = Parts.section("meetings", "Meetings", p.meetingTotal());
        if (p.meetings().isEmpty()) {
            meetings.add(Parts.muted("No meeting of " + p.name() + " is reported."));
        }
        for (MeetingView m : p.meetings()) {
            meetings.add(Parts.meeting(links, m, self));
        }
        meetings.add(pager(links, self, options.page(), p.meetingTotal(), GraphReader.MEETINGS_PER_PAGE, "meetings"));
        f.add(meetings);

        Html.Element stances = Parts.section("stances", "Stances", p.stances().size());
        if (p.stances().isEmpty()) {
            stances.add(Parts.muted("No stance of " + p.name() + " is reported."));
        }
        for (StanceView s : p.stances()) {
            stances.add(Parts.stance(links, s, self, false));
        }
        f.add(stances);

        Html.Element network = Parts.section("network", "People met", null);
        if (p.allMeetings().isEmpty()) {
            network.add(Parts.muted("Nobody yet."));
        } else {
            network.add(Charts.legend(false));
            network.add(Html.el("div").cls("chart-box").add(Charts.network(links, p.allMeetings(), self,
                    "People " + p.name() + " met, planned to meet or refused to meet", 960, 520, Charts.MAX_EGO_NODES)));
        }
        f.add(network);

        Html.Element articles = Parts.section("articles", "Mentioned in", p.articles().size());
        articles.add(Parts.articleList(links, p.articles(), "mention"));
        f.add(articles);
        return f;
    }

    private static Html pager(Links links, String self, int page, int total, int perPage, String anchor) {
        if (total <= perPage) {
            return null;
        }
        Html.Element nav = Html.el("nav").cls("pager");
        int pages = (total + perPage - 1) / perPage;
        for (int i = 0; i < pages; i++) {
            String text = (i * perPage + 1) + "\u2013" + Math.min(total, (i + 1) * perPage);
            if (i == page) {
                nav.add(Html.el("span").cls("current").text(text));
            } else {
                nav.add(Html.el("a").href(links.to(self) + "?page=" + i + "#" + anchor).text(text));
            }
        }
        return nav;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Meeting

    static Html meeting(Links links, MeetingDetail d) {
        MeetingView m = d.meeting();
        Html.Fragment f = Html.fragment();
        String title = names(m.participants());
        Html.Element lead = Html.el("p").cls("lead").add(Parts.statusBadge(m.status()), Html.text(" "),
                Parts.date(m.date()));
        if (m.place() != null) {
            lead.add(Html.text(" in "), Parts.link(links, m.place()));
        }
        if (m.kind() != null) {
            lead.add(Html.text(" \u00B7 " + m.kind()));
        }
        f.add(header("Meeting", title, lead));

        Html.Element facts = Html.el("dl").cls("facts");
        dl(facts, "Status", Html.text(m.status() == null ? "unknown" : m.status()));
        dl(facts, "Date", Parts.date(m.date()));
        dl(facts, "Place", m.place() != null ? Parts.link(links, m.place()) : Html.text("not reported"));
        dl(facts, "Kind", Html.text(m.kind() == null ? "not reported" : m.kind()));
        dl(facts, "Confidence", Html.text(m.confidence() == null ? "\u2013" : m.confidence()));
        dl(facts, "Sources", Html.text(Parts.sourcesLine(null, m.sources(), m.outlets())));
        f.add(Html.el("section").cls("block").add(facts));

        Html.Element people = Parts.section("participants", "Participants", d.participants().size());
        Html.Element ul = Html.el("ul").cls("people");
        for (ParticipantView p : d.participants()) {
            Html.Element li = Html.el("li").add(Parts.link(links, p.person()));
            if (!p.offices().isEmpty()) {
                li.add(Html.el("span").cls("offices").add(Html.text(" \u2014 "), Parts.join(links, p.offices())));
            }
            if (p.sources() > 0) {
                li.add(Html.el("span").cls("count").text(" named by " + count(p.sources(), "article")));
            }
            ul.add(li);
        }
        f.add(people.add(ul));

        if (!d.choices().isEmpty()) {
            Html.Element choices = Parts.section("disagreements", "Where the articles disagree", d.choices().size());
            for (ChoiceView c : d.choices()) {
                Html.Element card = Html.el("div").cls("choice");
                card.add(Html.el("h3").add(Html.text(c.property() + ": "),
                        c.chosen().ref() != null ? Parts.link(links, c.chosen().ref()) : Html.text(c.chosen().text()),
                        Html.text(" "), Parts.badge("chosen: " + (c.reason() == null ? "?" : c.reason()), "b-reason")));
                Html.Element table = Html.el("table").cls("data choice-table");
                table.add(Html.el("thead").add(Html.el("tr").add(Html.el("th").text("value"), Html.el("th").text(""),
                        Html.el("th").text("stated by"))));
                Html.Element tb = Html.el("tbody");
                tb.add(choiceRow(links, c.supporting(), true));
                Map<String, List<ChoiceView.ClaimValue>> others = new LinkedHashMap<>();
                for (ChoiceView.ClaimValue v : c.contesting()) {
                    others.computeIfAbsent(v.value().text(), k -> new ArrayList<>()).add(v);
                }
                others.values().forEach(vs -> tb.add(choiceRow(links, vs, false)));
                card.add(table.add(tb));
                choices.add(card);
            }
            f.add(choices);
        }

        Html.Element evidence = Parts.section("evidence", "What the articles say", m.evidence().total());
        evidence.add(Parts.evidenceByArticle(links, m.evidence(), null));
        f.add(evidence);

        if (!d.related().isEmpty()) {
            Html.Element related = Parts.section("related", "Other meetings of these people", d.related().size());
            for (MeetingView r : d.related()) {
                related.add(Parts.meeting(links, r, null));
            }
            f.add(related);
        }
        return f;
    }

    /** One value of a choice: the value, whether it was chosen, and the articles that state it (with how often). */
    private static Html.Element choiceRow(Links links, List<ChoiceView.ClaimValue> claims, boolean chosen) {
        Html.Element articles = Html.el("td");
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Ref> refs = new LinkedHashMap<>();
        for (ChoiceView.ClaimValue v : claims) {
            if (v.article() != null) {
                counts.merge(v.article().iri(), 1, Integer::sum);
                refs.put(v.article().iri(), v.article());
            }
        }
        Html.Element ul = Html.el("ul").cls("plain-list");
        refs.forEach((iri, r) -> ul.add(Html.el("li").add(Parts.link(links, r), counts.get(iri) > 1
                ? Html.el("span").cls("count").text(" " + counts.get(iri) + " sentences") : null)));
        articles.add(ul);
        ChoiceView.ClaimValue first = claims.isEmpty() ? null : claims.get(0);
        Html value = first == null ? Html.text("") : first.value().ref() != null ? Parts.link(links, first.value().ref())
                : Html.text(first.value().text());
        return Html.el("tr").cls(chosen ? "chosen" : "contested").add(Html.el("td").cls("value").add(value),
                Html.el("td").add(chosen ? Parts.badge("chosen", "b-occurred") : Parts.badge("not chosen", "b-former")),
                articles);
    }

    private static void dl(Html.Element dl, String term, Html value) {
        dl.add(Html.el("div").add(Html.el("dt").text(term), Html.el("dd").add(value)));
    }

    private static String names(List<Ref> refs) {
        List<String> n = new ArrayList<>();
        refs.forEach(r -> n.add(r.label()));
        if (n.isEmpty()) {
            return "Meeting";
        }
        if (n.size() == 1) {
            return n.get(0);
        }
        return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Place, office, organisation

    static Html place(Links links, PlaceView p) {
        Html.Fragment f = Html.fragment();
        Html.Element lead = Html.el("p").cls("lead").text(capital(p.type()));
        if (p.containedIn() != null) {
            lead.add(Html.text(" in "), Parts.link(links, p.containedIn()));
        }
        lead.add(Html.text(". " + count(p.meetings().size(), "meeting") + " held here; mentioned in "
                + count(p.articles().size(), "article") + "."));
        f.add(header("Place", p.self().label(), lead));
        f.add(toc("meetings", "Meetings", p.officeHolders().isEmpty() ? null : "offices", "Offices",
                p.contains().isEmpty() ? null : "places", "Places", "articles", "Articles", "links-in", "Links here"));

        Html.Element meetings = Parts.section("meetings", "Meetings held here", p.meetings().size());
        if (p.meetings().isEmpty()) {
            meetings.add(Parts.muted("No meeting is reported here."));
        } else {
            meetings.add(Charts.legend(false));
            meetings.add(Html.el("div").cls("chart-box").add(Charts.timeline(links, p.meetings(), List.of(), null,
                    "Meetings in " + p.self().label(), "place=" + Links.encode(p.self().iri()))));
        }
        int shown = Math.min(GraphReader.PLACE_MEETINGS_WITH_EVIDENCE, p.meetings().size());
        for (MeetingView m : p.meetings().subList(0, shown)) {
            meetings.add(Parts.meeting(links, m, null));
        }
        if (p.meetings().size() > shown) {
            meetings.add(Html.el("p").cls("more").add(Html.el("a").href(links.path("meetings?place="
                    + Links.encode(p.self().iri()))).text("All " + p.meetings().size() + " meetings here \u2192")));
        }
        f.add(meetings);
        if (!p.officeHolders().isEmpty()) {
            f.add(Parts.section("offices", "Offices and who holds them", p.officeHolders().size())
                    .add(holdersTable(links, p.officeHolders())));
        }
        if (!p.organizations().isEmpty()) {
            f.add(Parts.section("bodies", "Bodies", p.organizations().size()).add(Parts.refList(links, p.organizations())));
        }
        if (!p.contains().isEmpty()) {
            f.add(Parts.section("places", "Places in " + p.self().label(), p.contains().size())
                    .add(Parts.refList(links, p.contains())));
        }
        f.add(Parts.section("articles", "Mentioned in", p.articles().size())
                .add(Parts.articleList(links, p.articles(), "mention")));
        return f;
    }

    private static Html.Element holdersTable(Links links, List<TenureView> holders) {
        Html.Element table = Html.el("table").cls("data");
        table.add(Html.el("thead").add(Html.el("tr").add(Html.el("th").text("office"), Html.el("th").text("held by"),
                Html.el("th").text(""), Html.el("th").text("reported"), Html.el("th").text("evidence"))));
        Html.Element tb = Html.el("tbody");
        for (TenureView t : holders) {
            Html.Element ev = Html.el("td").cls("small");
            if (!t.evidence().claims().isEmpty()) {
                ev.add(Html.el("a").href(links.to(t.tenure())).text(count(t.evidence().total(), "sentence")));
            }
            tb.add(Html.el("tr").add(
                    Html.el("td").add(t.post() != null ? Parts.link(links, t.post()) : Html.text("")),
                    Html.el("td").add(Parts.link(links, t.person())),
                    Html.el("td").add(t.current() ? Parts.badge("current", "b-current") : Parts.badge("former", "b-former")),
                    Html.el("td").cls("small").text(Parts.observed(t)),
                    ev));
        }
        return table.add(tb);
    }

    static Html office(Links links, OfficeView o) {
        Html.Fragment f = Html.fragment();
        Html.Element lead = Html.el("p").cls("lead").text(capital(o.type()));
        if (o.role() != null) {
            lead.add(Html.text(" \u00B7 role "), Parts.link(links, o.role()));
        }
        if (o.postIn() != null) {
            lead.add(Html.text(" \u00B7 in "), Parts.link(links, o.postIn()));
        }
        if (o.parent() != null) {
            lead.add(Html.text(" \u00B7 part of "), Parts.link(links, o.parent()));
        }
        String kicker = o.type().equals("office") ? "Office" : capital(o.type());
        f.add(header(kicker, o.self().label(), lead));
        Html.Element holders = Parts.section("holders", o.type().equals("office") ? "Held by" : "Office holders",
                o.holders().size());
        if (o.holders().isEmpty()) {
            holders.add(Parts.muted("No article reports who holds it."));
        } else if (o.type().equals("office")) {
            for (TenureView t : o.holders()) {
                holders.add(Parts.tenure(links, t, null, true));
            }
        } else {
            holders.add(holdersTable(links, o.holders()));
        }
        if (!o.published().isEmpty()) {
            f.add(Parts.section("published", "Articles", o.published().size()).add(Parts.refList(links, o.published())));
        }
        if (!o.holders().isEmpty() || !o.type().equals("news outlet")) {
            f.add(holders);
        }
        if (!o.posts().isEmpty()) {
            f.add(Parts.section("posts", "Offices", o.posts().size()).add(Parts.refList(links, o.posts())));
        }
        if (!o.organizations().isEmpty()) {
            f.add(Parts.section("bodies", "Bodies under it", o.organizations().size())
                    .add(Parts.refList(links, o.organizations())));
        }
        if (!o.articles().isEmpty()) {
            f.add(Parts.section("articles", "Mentioned in", o.articles().size())
                    .add(Parts.articleList(links, o.articles(), "mention")));
        }
        return f;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tenure, stance, topic

    static Html tenure(Links links, TenureView t) {
        Html.Fragment f = Html.fragment();
        Html.Element lead = Html.el("p").cls("lead");
        lead.add(Parts.link(links, t.person()), Html.text(t.current() ? " holds " : " held "),
                t.post() != null ? Parts.link(links, t.post()) : Html.text("an office"));
        if (t.organization() != null && (t.post() == null || !t.post().label().contains(t.organization().label()))) {
            lead.add(Html.text(" in "), Parts.link(links, t.organization()));
        }
        lead.add(Html.text(", " + Parts.observed(t) + ". "), t.current() ? Parts.badge("current", "b-current")
                : Parts.badge("former", "b-former"));
        f.add(header("Office held", t.tenure().label(), lead));
        Html.Element facts = Html.el("dl").cls("facts");
        dl(facts, "Person", Parts.link(links, t.person()));
        dl(facts, "Office", t.post() != null ? Parts.link(links, t.post()) : Html.text("\u2013"));
        dl(facts, "Role", t.role() != null ? Parts.link(links, t.role()) : Html.text("\u2013"));
        dl(facts, "Country or body", t.organization() != null ? Parts.link(links, t.organization()) : Html.text("not reported"));
        dl(facts, "First reported", Parts.date(t.firstObserved()));
        dl(facts, "Last reported", Parts.date(t.lastObserved()));
        dl(facts, "Confidence", Html.text(Parts.sourcesLine(t.confidence(), t.sources(), 0)));
        f.add(Html.el("section").cls("block").add(facts));
        f.add(Parts.section("evidence", "What the articles say", t.evidence().total())
                .add(Parts.evidenceByArticle(links, t.evidence(), null)));
        return f;
    }

    static Html stance(Links links, StanceView s, List<StanceView> opposite) {
        Html.Fragment f = Html.fragment();
        Html.Element lead = Html.el("p").cls("lead").add(Parts.link(links, s.holder()),
                Html.text(" " + (s.polarity() == null ? "has a stance on" : s.polarity()) + " "),
                Parts.link(links, s.topic()), Html.text(". " + Parts.sourcesLine(s.confidence(), s.sources(), 0)));
        f.add(header("Stance", s.stance().label(), lead));
        if (!opposite.isEmpty()) {
            Html.Element warn = Parts.section("disagreement", "Other articles report the opposite", opposite.size());
            for (StanceView o : opposite) {
                warn.add(Parts.stance(links, o, null, true));
            }
            f.add(warn);
        }
        f.add(Parts.section("evidence", "What the articles say", s.evidence().total())
                .add(Parts.evidenceByArticle(links, s.evidence(), null)));
        return f;
    }

    static Html topic(Links links, TopicView t) {
        Html.Fragment f = Html.fragment();
        f.add(header("Topic", t.self().label(), Html.el("p").cls("lead").text(count(t.stances().size(), "stance")
                + " on " + t.self().label() + ".")));
        Map<String, List<StanceView>> by = new LinkedHashMap<>();
        for (StanceView s : t.stances()) {
            by.computeIfAbsent(s.polarity() == null ? "other" : s.polarity(), k -> new ArrayList<>()).add(s);
        }
        by.forEach((pol, list) -> {
            Html.Element sec = Parts.section("pol-" + pol, capital(pol), list.size());
            for (StanceView s : list) {
                sec.add(Parts.stance(links, s, null, true));
            }
            f.add(sec);
        });
        return f;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Article

    static Html article(Links links, ArticleView a) {
        Html.Fragment f = Html.fragment();
        Html.Element lead = Html.el("p").cls("lead");
        List<Html> bits = new ArrayList<>();
        if (a.outlet() != null) {
            bits.add(Parts.link(links, a.outlet()));
        }
        if (a.published() != null) {
            bits.add(Html.fragment(Html.text("published "), Parts.date(a.published())));
        }
        if (a.referenceDate() != null && (a.published() == null || !a.published().equals(a.referenceDate()))) {
            bits.add(Html.fragment(Html.text("written as of "), Parts.date(a.referenceDate())));
        }
        if (a.fileName() != null) {
            bits.add(Html.fragment(Html.text("file "), Html.el("code").text(a.fileName())));
        }
        for (int i = 0; i < bits.size(); i++) {
            if (i > 0) {
                lead.add(Html.text(" \u00B7 "));
            }
            lead.add(bits.get(i));
        }
        Html.Element head = header("Article", a.title(), lead);
        if (a.url() != null) {
            String safe = Html.safeUrl(a.url());
            Html.Element p = Html.el("p").cls("source-url").add(Html.text("Source: "));
            if (safe.equals("about:invalid")) {
                p.add(Html.el("code").text(a.url()), Html.el("span").cls("muted").text(" (not a web address; not linked)"));
            } else {
                p.add(Html.el("a").href(safe).attr("rel", "noopener noreferrer nofollow").text(a.url()));
            }
            head.add(p);
        }
        f.add(head);

        Html.Element layout = Html.el("div").cls("article-layout");
        Html.Element text = Html.el("section").id("text").cls("block", "article-text");
        text.add(Html.el("h2").text("Text"));
        text.add(mentionLegend());
        if (a.text() == null) {
            text.add(Parts.muted("The text of this article is not in the graph."));
        } else {
            List<Highlighter.Span> spans = new ArrayList<>();
            for (Quote s : a.sentences()) {
                spans.add(new Highlighter.Span(s.begin(), s.end(), "s", null,
                        s.iri().substring(s.iri().indexOf('#') + 1), null));
            }
            for (Mention m : a.mentions()) {
                spans.add(Parts.mentionSpan(links, m, null, true));
            }
            text.add(Html.el("div").cls("text").add(Highlighter.render(a.text(), 0, spans)));
        }
        Map<String, Integer> sentenceNumber = new java.util.HashMap<>();
        for (int i = 0; i < a.sentences().size(); i++) {
            sentenceNumber.put(a.sentences().get(i).iri(), i + 1);
        }
        Html.Element side = Html.el("aside").cls("article-side");
        Html.Element facts = Parts.section("facts", "Facts it states", a.facts().size());
        Kind last = null;
        Html.Element list = null;
        for (ArticleView.StatedFact sf : a.facts()) {
            if (sf.fact().kind() != last) {
                last = sf.fact().kind();
                facts.add(Html.el("h3").text(switch (last) {
                    case MEETING -> "Meetings";
                    case TENURE -> "Offices";
                    case STANCE -> "Stances";
                    default -> capital(last.word()) + "s";
                }));
                list = Html.el("ul").cls("plain-list facts-list");
                facts.add(list);
            }
            Html.Element li = Html.el("li").add(Parts.link(links, sf.fact()));
            Html.Element chips = Html.el("span").cls("sent-links");
            for (Quote q : sf.sentences()) {
                int n = sentenceNumber.getOrDefault(q.iri(), 0);
                chips.add(Html.el("a").cls("sent-link").href("#" + q.iri().substring(q.iri().indexOf('#') + 1))
                        .title("sentence " + n + ": " + shorten(q.text(), 140)).text("s" + n));
            }
            li.add(chips);
            list.add(li);
        }
        if (a.facts().isEmpty()) {
            facts.add(Parts.muted("No fact was extracted from this article."));
        }
        side.add(facts);
        side.add(Parts.section("persons", "Persons mentioned", a.persons().size())
                .add(Parts.articleList(links, a.persons(), "mention")));
        layout.add(text, side);
        f.add(layout);
        return f;
    }

    private static Html.Element mentionLegend() {
        Html.Element ul = Html.el("ul").cls("legend mention-legend");
        for (String k : List.of("person", "title", "place", "organization", "date", "trigger", "topic")) {
            ul.add(Html.el("li").add(Html.el("mark").cls("m m-" + k).text(k)));
        }
        return ul;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Named graphs

    private static String graphTitle(Site site, Node g) {
        String rest = g.getURI().substring(site.iris().base().length());
        if (rest.equals("graph/resolution")) {
            return "The resolution graph";
        }
        if (rest.startsWith("graph/article/")) {
            return "What article " + rest.substring("graph/article/".length()) + " states";
        }
        return "Graph " + rest.substring("graph/".length());
    }

    static Html graph(Site site, Links links, GraphReader reader, Node g, long size) {
        String rest = g.getURI().substring(site.iris().base().length());
        Html.Element lead = Html.el("p").cls("lead");
        if (rest.equals("graph/resolution")) {
            lead.text("The decisions made across articles: one node per person, place, office, meeting and stance, "
                    + "canonical names, chosen dates, places and statuses, confidence and source counts. ");
        } else if (rest.startsWith("graph/article/")) {
            Node article = NodeFactory.createURI(site.iris().base() + "id/article/" + rest.substring("graph/article/".length()));
            lead.add(Html.text("What "), Parts.link(links, reader.ref(article)), Html.text(" states: the article, its "
                    + "text, sentences and mentions, and one claim per fact. "));
        }
        lead.add(Html.text(count((int) Math.min(Integer.MAX_VALUE, size), "triple") + ". Download: "));
        lead.add(Html.el("a").href(links.data(g.getURI(), org.newsgraph.server.ld.Format.TURTLE)).text("Turtle"),
                Html.text(", "), Html.el("a").href(links.data(g.getURI(), org.newsgraph.server.ld.Format.NTRIPLES))
                        .text("N-Triples"), Html.text("."));
        return header("Named graph", graphTitle(site, g), lead);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generic, incoming links, statements

    static Html generic(Site site, Links links, GraphReader reader, Node n, Kind kind) {
        String what = kind == Kind.OTHER ? reader.typeWord(n) : capital(kind.word());
        Html.Element lead = Html.el("p").cls("lead");
        List<Node> types = new ArrayList<>();
        reader.outgoing(n, STATEMENTS).forEach(l -> {
            if (l.property().getURI().endsWith("#type") && l.other().isURI()) {
                types.add(l.other());
            }
        });
        if (!types.isEmpty()) {
            lead.text("Types: ");
            for (int i = 0; i < types.size(); i++) {
                if (i > 0) {
                    lead.add(Html.text(", "));
                }
                lead.add(Html.el("code").text(Parts.curie(site.prefixes(), types.get(i).getURI())));
            }
        }
        Html.Fragment f = Html.fragment(header(what, reader.label(n), lead));
        if (kind == Kind.CLAIM) {
            var claim = reader.claim(n);
            Ref fact = reader.claimOf(n);
            Html.Element sec = Parts.section("evidence", "The sentence", null);
            if (fact != null) {
                sec.add(Html.el("p").add(Html.text("A claim about the " + fact.kind().word() + " "),
                        Parts.link(links, fact), Html.text(".")));
            }
            f.add(sec.add(Html.el("div").cls("evidence").add(Parts.claim(links, claim, null))));
        }
        return f;
    }

    private static Html linksIn(Site site, Links links, GraphReader reader, Node n) {
        Map<Node, Integer> counts = reader.incomingCounts(n);
        Html.Element details = Html.el("details").cls("block more-data").id("links-in");
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        details.add(Html.el("summary").add(Html.el("h2").text("Links here"), Html.el("span").cls("count").text(" " + total)));
        if (counts.isEmpty()) {
            details.add(Parts.muted("Nothing in the graph links here."));
            return details;
        }
        Map<Node, List<Ref>> samples = new LinkedHashMap<>();
        counts.keySet().forEach(p -> samples.put(p, reader.incoming(n, p, 0, INCOMING_SAMPLE)));
        details.add(Parts.incoming(links, site.prefixes(), counts, samples, n.getURI()));
        return details;
    }

    private static Html statements(Site site, Links links, GraphReader reader, Node n, Kind kind) {
        var list = reader.outgoing(n, STATEMENTS);
        Html.Element details = Html.el("details").cls("block more-data").id("statements");
        if (kind == Kind.OTHER || kind == Kind.CLAIM) {
            details.attr("open", "open");
        }
        details.add(Html.el("summary").add(Html.el("h2").text("All statements"),
                Html.el("span").cls("count").text(" " + list.size())));
        details.add(Parts.statements(links, site.prefixes(), list));
        return details;
    }

    private static Html incomingPage(Site site, Links links, GraphReader reader, Node n, Options o) {
        Node p = NodeFactory.createURI(o.incoming());
        Integer total = reader.incomingCounts(n).get(p);
        int count = total == null ? 0 : total;
        Html.Fragment f = Html.fragment();
        f.add(header("Links here", reader.label(n), Html.el("p").cls("lead").add(
                Html.text(count(count, "resource") + " link here with "),
                Html.el("code").text(Parts.curie(site.prefixes(), o.incoming())), Html.text(". "),
                Html.el("a").href(links.to(n.getURI())).text("Back to the page"))));
        List<Ref> refs = reader.incoming(n, p, o.incomingPage() * INCOMING_PAGE, INCOMING_PAGE);
        f.add(Html.el("section").cls("block").add(Parts.refList(links, refs)));
        if (count > INCOMING_PAGE) {
            Html.Element nav = Html.el("nav").cls("pager");
            for (int i = 0; i * INCOMING_PAGE < count; i++) {
                String text = (i * INCOMING_PAGE + 1) + "\u2013" + Math.min(count, (i + 1) * INCOMING_PAGE);
                nav.add(i == o.incomingPage() ? Html.el("span").cls("current").text(text)
                        : Html.el("a").href(links.to(n.getURI()) + "?incoming=" + Links.encode(o.incoming())
                                + "&incoming-page=" + i).text(text));
            }
            f.add(nav);
        }
        return f;
    }

    static String shorten(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
