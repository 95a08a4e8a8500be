package org.newsgraph.server.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.server.html.Html;
import org.newsgraph.server.view.MeetingView;

/**
 * A list of meetings, newest first, optionally only those of a person, at a place, or between two dates: where a bar
 * of a dense time line leads. Paginated.
 */
public final class MeetingsPage {
    public static final int PER_PAGE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private MeetingsPage() {
    }

    /** What to list: IRIs and dates already validated (null: no filter). */
    public record Filter(String person, String place, LocalDate from, LocalDate to, int page) {
        String query() {
            StringBuilder q = new StringBuilder();
            if (person != null) {
                q.append("&person=").append(Links.encode(person));
            }
            if (place != null) {
                q.append("&place=").append(Links.encode(place));
            }
            if (from != null) {
                q.append("&from=").append(from);
            }
            if (to != null) {
                q.append("&to=").append(to);
            }
            return q.isEmpty() ? "" : q.substring(1);
        }
    }

    public static String render(Site site, Links links, Filter f) {
        Node person = f.person() == null ? null : NodeFactory.createURI(f.person());
        Node place = f.place() == null ? null : NodeFactory.createURI(f.place());
        record Data(List<MeetingView> meetings, int total, String personName, String placeName) {
        }
        Data d = site.view().read(r -> {
            Map.Entry<List<MeetingView>, Integer> page = r.meetings(person, place, f.from(), f.to(), f.page(), PER_PAGE, 1);
            return new Data(page.getKey(), page.getValue(), person == null ? null : r.label(person),
                    place == null ? null : r.label(place));
        });
        StringBuilder title = new StringBuilder("Meetings");
        if (d.personName() != null) {
            title.append(" of ").append(d.personName());
        }
        if (d.placeName() != null) {
            title.append(" in ").append(d.placeName());
        }
        if (f.from() != null && f.to() != null) {
            title.append(", ").append(DAY.format(f.from())).append(" \u2013 ").append(DAY.format(f.to()));
        } else if (f.from() != null) {
            title.append(" from ").append(DAY.format(f.from()));
        } else if (f.to() != null) {
            title.append(" until ").append(DAY.format(f.to()));
        }
        Html.Element main = Html.el("div").cls("page", "page-meetings");
        Html.Element lead = Html.el("p").cls("lead").text(ResourcePages.count(d.total(), "meeting") + ", newest first.");
        if (f.person() != null) {
            lead.add(Html.text(" "), Html.el("a").href(links.to(f.person())).text("Back to " + d.personName()));
        }
        main.add(Html.el("header").cls("page-head").add(Parts.kicker("Meetings"), Html.el("h1").text(title.toString()),
                lead));
        Html.Element list = Html.el("section").cls("block").id("meetings");
        for (MeetingView m : d.meetings()) {
            list.add(Parts.meeting(links, m, f.person()));
        }
        if (d.meetings().isEmpty()) {
            list.add(Parts.muted("No meeting matches."));
        }
        main.add(list);
        if (d.total() > PER_PAGE) {
            Html.Element nav = Html.el("nav").cls("pager");
            String q = f.query();
            for (int i = 0; i * PER_PAGE < d.total(); i++) {
                String text = (i * PER_PAGE + 1) + "\u2013" + Math.min(d.total(), (i + 1) * PER_PAGE);
                nav.add(i == f.page() ? Html.el("span").cls("current").text(text)
                        : Html.el("a").href(links.path("meetings?" + (q.isEmpty() ? "" : q + "&") + "page=" + i)).text(text));
            }
            main.add(nav);
        }
        return Layout.render(links, Layout.Meta.of(title.toString()), main);
    }
}
