package org.newsgraph.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void aFewItemsGetARowAndALabelEach() {
        List<TimelineChart.Item> items = List.of(
                new TimelineChart.Item("Abbas \u00B7 Ramallah", "/id/meeting/a", "st-occurred", LocalDate.of(2023, 11, 5), null, "t1"),
                new TimelineChart.Item("Secretary of State", "/id/tenure/t", "tenure", LocalDate.of(2023, 11, 5),
                        LocalDate.of(2023, 11, 10), "t2"));
        String svg = TimelineChart.render(items, "a <time line>").render();
        assertTrue(svg.startsWith("<svg viewBox=\"0 0 960 "), svg);
        assertEquals(1, count(svg, "<circle"));
        assertEquals(1, count(svg, "<rect"));
        assertTrue(svg.contains(">Abbas \u00B7 Ramallah</text>") && svg.contains("aria-label=\"a &lt;time line&gt;\""), svg);
        assertTrue(svg.contains(">Sun 5 Nov</text>"), "day ticks for a short span: " + svg);
    }

    @Test
    void manyItemsOverYearsAreAHistogramWhoseBarsLinkToTheirStretch() {
        List<TimelineChart.Item> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            LocalDate d = LocalDate.of(2020, 1, 1).plusDays(i * 3L % 1400);
            items.add(new TimelineChart.Item("m" + i, "/id/meeting/m" + i, i % 7 == 0 ? "st-planned" : "st-occurred", d, null, "m" + i));
        }
        String svg = TimelineChart.render(items, "many", (a, b) -> "/meetings?from=" + a + "&to=" + b).render();
        int total = 0;
        Matcher m = Pattern.compile("<title>[A-Z][a-z]{2} \\d{4}: (\\d+) meetings?").matcher(svg);
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        assertEquals(500, total, "every item is counted in a monthly bar");
        assertEquals(0, count(svg, "class=\"tl-label\""), "no row labels when dense");
        assertTrue(svg.contains("href=\"/meetings?from=2021-01-01&amp;to=2021-01-31\""), "a bar links to its month");
        assertTrue(svg.contains(">2021</text>"), svg);
    }

    @Test
    void theNetworkIsDeterministicAndInsideItsBox() {
        List<NetworkChart.Node> nodes = new ArrayList<>();
        List<NetworkChart.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            nodes.add(new NetworkChart.Node("p" + i, "Person " + i, "/id/person/" + i, i == 0 ? 24 : 1, null));
            if (i > 0) {
                edges.add(new NetworkChart.Edge("p0", "p" + i, 1, "e-occurred", "met"));
            }
        }
        edges.add(new NetworkChart.Edge("p3", "p4", 2, "e-planned", "planned"));
        String a = NetworkChart.render(nodes, edges, "net", 960, 600).render();
        String b = NetworkChart.render(nodes, edges, "net", 960, 600).render();
        assertEquals(a, b);
        assertEquals(25, count(a, "<circle"));
        assertEquals(25, count(a, "<line"));
        Matcher m = Pattern.compile("<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"").matcher(a);
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            assertTrue(x >= 0 && x <= 960 && y >= 0 && y <= 600, "inside the picture: " + x + "," + y);
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
