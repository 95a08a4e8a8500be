package org.newsgraph.server.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.server.html.Html;

/**
 * A network picture as inline SVG, laid out on the server with {@link ForceLayout}: people as circles sized by their
 * weight (meetings), links as lines whose width is their weight and whose class their kind (held, planned, refused).
 * Every node links to its page; the {@code data-node}, {@code data-a} and {@code data-b} attributes let the page's
 * script highlight a node's links on hover. The heaviest {@link #MAX_LABELS} nodes are labelled, below or above
 * their circle where the label covers no other label or circle; the others are named in their tooltips. Stateless.
 */
public final class NetworkChart {
    public static final int MAX_LABELS = 30;

    /** A node: an id (unique in the chart), a label, the page it links to, a weight, a CSS class. */
    public record Node(String id, String label, String href, int weight, String css) {
    }

    /** A link between two node ids, with a weight, a CSS class and a tooltip. */
    public record Edge(String a, String b, int weight, String css, String tooltip) {
    }

    private NetworkChart() {
    }

    public static Html.Element render(List<Node> nodes, List<Edge> edges, String ariaLabel, double width, double height) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        List<Edge> kept = new ArrayList<>();
        for (Edge e : edges) {
            if (index.containsKey(e.a()) && index.containsKey(e.b()) && !e.a().equals(e.b())) {
                kept.add(e);
            }
        }
        int[] pairs = new int[kept.size() * 2];
        double[] weights = new double[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            pairs[2 * i] = index.get(kept.get(i).a());
            pairs[2 * i + 1] = index.get(kept.get(i).b());
            weights[i] = kept.get(i).weight();
        }
        double[] unit = ForceLayout.layout(nodes.size(), pairs, weights);
        double marginX = 90;
        double marginY = 34;
        double[] x = new double[nodes.size()];
        double[] y = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            x[i] = marginX + unit[2 * i] * (width - 2 * marginX);
            y[i] = marginY + unit[2 * i + 1] * (height - 2 * marginY - 10);
        }
        int maxWeight = nodes.stream().mapToInt(Node::weight).max().orElse(1);
        List<Integer> byWeight = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            byWeight.add(i);
        }
        byWeight.sort(Comparator.comparingInt((Integer i) -> -nodes.get(i).weight()).thenComparing(i -> nodes.get(i).label()));
        boolean[] labelled = new boolean[nodes.size()];
        for (int r = 0; r < Math.min(MAX_LABELS, byWeight.size()); r++) {
            labelled[byWeight.get(r)] = true;
        }

        Html.Element svg = Svg.svg(width, height, ariaLabel, "network");
        svg.add(Svg.title(ariaLabel));
        Html.Element lines = Html.el("g").cls("nw-edges");
        for (int i = 0; i < kept.size(); i++) {
            Edge e = kept.get(i);
            int a = pairs[2 * i];
            int b = pairs[2 * i + 1];
            Html.Element l = Svg.line(x[a], y[a], x[b], y[b], "nw-edge " + e.css())
                    .attr("stroke-width", Svg.n(1.2 + Math.min(5, Math.log1p(e.weight()) * 1.6)))
                    .attr("data-a", e.a()).attr("data-b", e.b());
            l.add(Svg.title(e.tooltip()));
            lines.add(l);
        }
        svg.add(lines);
        // Labels, heaviest first, below their circle, else above it, else none (the tooltip still names the person):
        // labels never cover each other.
        double[] radius = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            radius[i] = 5 + 9 * Math.sqrt((double) nodes.get(i).weight() / Math.max(1, maxWeight));
        }
        double[] labelY = new double[nodes.size()];
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            placed.add(new double[] {x[i] - radius[i], y[i] - radius[i], x[i] + radius[i], y[i] + radius[i]});
        }
        for (int r = 0; r < byWeight.size(); r++) {
            int i = byWeight.get(r);
            if (!labelled[i]) {
                continue;
            }
            String text = TimelineChart.fit(nodes.get(i).label(), 260);
            double w = text.codePointCount(0, text.length()) * 6.7;
            labelled[i] = false;
            for (double baseline : new double[] {y[i] + radius[i] + 13, y[i] - radius[i] - 5}) {
                double[] box = {x[i] - w / 2, baseline - 11, x[i] + w / 2, baseline + 3};
                boolean free = true;
                for (int k = 0; k < placed.size() && free; k++) {
                    double[] o = placed.get(k);
                    boolean own = k == i;
                    free = own || box[2] < o[0] || box[0] > o[2] || box[3] < o[1] || box[1] > o[3];
                }
                if (free) {
                    placed.add(box);
                    labelY[i] = baseline;
                    labelled[i] = true;
                    break;
                }
            }
        }
        Html.Element circles = Html.el("g").cls("nw-nodes");
        for (int r = byWeight.size() - 1; r >= 0; r--) { // heaviest last, so drawn on top
            int i = byWeight.get(r);
            Node n = nodes.get(i);
            Html.Element a = Svg.link(n.href()).cls("nw-node", n.css()).attr("data-node", n.id());
            a.add(Svg.title(n.label() + " (" + n.weight() + (n.weight() == 1 ? " meeting)" : " meetings)")));
            a.add(Svg.circle(x[i], y[i], radius[i], null));
            if (labelled[i]) {
                a.add(Svg.text(x[i], labelY[i], TimelineChart.fit(n.label(), 260), "nw-label").attr("text-anchor", "middle"));
            }
            circles.add(a);
        }
        svg.add(circles);
        return svg;
    }
}
