package org.newsgraph.server.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.server.chart.NetworkChart;
import org.newsgraph.server.chart.TimelineChart;
import org.newsgraph.server.html.Html;
import org.newsgraph.server.view.MeetingView;
import org.newsgraph.server.view.Ref;
import org.newsgraph.server.view.TenureView;

/** Turns meetings and tenures into the items of the time line and the network pictures. */
final class Charts {
    /** The most persons the home page's network shows: the ones with the most meetings. */
    static final int MAX_NETWORK_NODES = 40;
    /** The most persons a person's network shows: the person and those they met most. */
    static final int MAX_EGO_NODES = 50;

    private Charts() {
    }

    /**
     * Meetings (dated ones; a month or a year as a bar) and, optionally, tenures as bars from first to last report.
     * When the meetings are many, a histogram whose bars lead to the list of their meetings ({@code filter}: more
     * parameters of {@code /meetings}, such as {@code person=IRI}; may be empty).
     */
    static Html.Element timeline(Links links, List<MeetingView> meetings, List<TenureView> tenures, String self,
                                 String ariaLabel, String filter) {
        List<TimelineChart.Item> items = new ArrayList<>();
        for (MeetingView m : meetings) {
            if (m.date() == null || !m.date().placed()) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Ref p : m.participants()) {
                if (!p.iri().equals(self)) {
                    names.add(p.label());
                }
            }
            String who = String.join(", ", names);
            String label = who + (m.place() != null ? " \u00B7 " + m.place().label() : "")
                    + ("occurred".equals(m.status()) ? "" : " (" + m.status() + ")");
            String tooltip = m.meeting().label() + " \u2014 " + m.date().display()
                    + (m.place() != null ? ", " + m.place().label() : "") + " (" + m.status() + ")";
            items.add(new TimelineChart.Item(label, links.to(m.meeting()), "st-" + m.status(), m.date().first(),
                    m.date().last(), tooltip));
        }
        for (TenureView t : tenures) {
            if (t.firstObserved() == null || !t.firstObserved().placed()) {
                continue;
            }
            LocalDate last = t.lastObserved() != null && t.lastObserved().placed() ? t.lastObserved().last()
                    : t.firstObserved().last();
            String post = t.post() != null ? t.post().label() : t.tenure().label();
            items.add(new TimelineChart.Item(post, links.to(t.tenure()), "tenure", t.firstObserved().first(), last,
                    post + " \u2014 " + Parts.observed(t)));
        }
        String prefix = links.path("meetings?" + (filter == null || filter.isEmpty() ? "" : filter + "&"));
        return TimelineChart.render(items, ariaLabel, (from, to) -> prefix + "from=" + from + "&to=" + to);
    }

    /**
     * Who met whom in {@code meetings}: a node per person (weight: meetings), a link per pair that met (weight:
     * meetings together; class: held if any was held, else planned, else refused). With more than {@code maxNodes}
     * persons, only those with the most meetings (always {@code self}); with more than three links a person, only
     * the strongest.
     */
    static Html.Element network(Links links, List<MeetingView> meetings, String self, String ariaLabel,
                                double width, double height, int maxNodes) {
        Map<String, Ref> persons = new HashMap<>();
        Map<String, Integer> weight = new HashMap<>();
        Map<String, int[]> pairs = new TreeMap<>(); // "a\tb" -> [count, best status rank]
        for (MeetingView m : meetings) {
            int rank = switch (String.valueOf(m.status())) {
                case "occurred" -> 0;
                case "planned" -> 1;
                default -> 2;
            };
            List<Ref> ps = m.participants();
            for (Ref p : ps) {
                persons.put(p.iri(), p);
                weight.merge(p.iri(), 1, Integer::sum);
            }
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    String a = ps.get(i).iri();
                    String b = ps.get(j).iri();
                    String key = a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
                    int[] v = pairs.computeIfAbsent(key, k -> new int[] {0, 9});
                    v[0]++;
                    v[1] = Math.min(v[1], rank);
                }
            }
        }
        List<String> ids = new ArrayList<>(persons.keySet());
        ids.sort(Comparator.comparing((String id) -> id.equals(self) ? 0 : 1)
                .thenComparing(id -> -weight.get(id)).thenComparing(id -> persons.get(id).label()));
        if (ids.size() > maxNodes) {
            ids = new ArrayList<>(ids.subList(0, maxNodes));
        }
        Map<String, String> shortId = new LinkedHashMap<>();
        List<NetworkChart.Node> nodes = new ArrayList<>();
        for (String id : ids) {
            String sid = "p" + shortId.size();
            shortId.put(id, sid);
            Ref r = persons.get(id);
            nodes.add(new NetworkChart.Node(sid, r.label(), links.to(r), weight.get(id),
                    id.equals(self) ? "nw-self" : null));
        }
        List<NetworkChart.Edge> allEdges = new ArrayList<>();
        pairs.forEach((key, v) -> {
            String[] ab = key.split("\t");
            String a = shortId.get(ab[0]);
            String b = shortId.get(ab[1]);
            if (a != null && b != null) {
                String css = v[1] == 0 ? "e-occurred" : v[1] == 1 ? "e-planned" : "e-refused";
                String what = v[1] == 0 ? "met" : v[1] == 1 ? "planned to meet" : "refused to meet";
                allEdges.add(new NetworkChart.Edge(a, b, v[0], css, persons.get(ab[0]).label() + " and "
                        + persons.get(ab[1]).label() + ": " + what + " (" + v[0] + (v[0] == 1 ? " meeting)" : " meetings)")));
            }
        });
        List<NetworkChart.Edge> edges = allEdges;
        // A dense picture shows nothing: keep the strongest links, about three per person (all of self's).
        int maxEdges = 3 * nodes.size();
        if (edges.size() > maxEdges) {
            String selfId = self == null ? null : shortId.get(self);
            edges.sort(Comparator.comparing((NetworkChart.Edge e) -> e.a().equals(selfId) || e.b().equals(selfId) ? 0 : 1)
                    .thenComparing(e -> -e.weight()).thenComparing(NetworkChart.Edge::css)
                    .thenComparing(NetworkChart.Edge::a).thenComparing(NetworkChart.Edge::b));
            edges = new ArrayList<>(edges.subList(0, Math.max(maxEdges, selfId == null ? 0 : nodes.size() - 1)));
        }
        return NetworkChart.render(nodes, edges, ariaLabel, width, height);
    }

    /** The legend for meeting colours. */
    static Html.Element legend(boolean withTenure) {
        Html.Element ul = Html.el("ul").cls("legend");
        ul.add(Html.el("li").add(Html.el("span").cls("sw", "sw-occurred"), Html.text("held")));
        ul.add(Html.el("li").add(Html.el("span").cls("sw", "sw-planned"), Html.text("planned")));
        ul.add(Html.el("li").add(Html.el("span").cls("sw", "sw-refused"), Html.text("refused")));
        if (withTenure) {
            ul.add(Html.el("li").add(Html.el("span").cls("sw", "sw-tenure"), Html.text("office, as reported")));
        }
        return ul;
    }
}
