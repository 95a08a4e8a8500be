package org.newsgraph.server.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.server.html.Html;

/**
 * A time line as inline SVG, computed on the server (no script needed to draw it). Up to {@link #MAX_LABELLED}
 * items get a row each, with a dot (a day) or a bar (a stretch of days: a month, a tenure) and a label; more items
 * are drawn as dots stacked per day, week, month or quarter, labels in their tooltips. Every item links to its page.
 * Items without a date are left out (pages list them beside the chart). Stateless.
 */
public final class TimelineChart {
    /** The most items drawn one per row, with labels. */
    public static final int MAX_LABELLED = 40;
    static final double WIDTH = 960;
    private static final double MARGIN = 14;
    private static final double AXIS = 30;
    private static final double ROW = 24;
    private static final int MAX_STACK = 14;

    /**
     * One thing on the time line: a label, the page it links to, CSS classes (the status or kind, for colour), the
     * first and last day it covers ({@code end} equal to {@code start} for one day), and a tooltip.
     */
    public record Item(String label, String href, String css, LocalDate start, LocalDate end, String tooltip) {
        public Item {
            if (end == null || end.isBefore(start)) {
                end = start;
            }
        }
    }

    private TimelineChart() {
    }

    public static Html.Element render(List<Item> items, String ariaLabel) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::start).thenComparing(Item::end).thenComparing(Item::label));
        if (sorted.isEmpty()) {
            return Html.el("p").cls("muted").text("No dated items.");
        }
        LocalDate min = sorted.get(0).start();
        LocalDate max = sorted.stream().map(Item::end).max(Comparator.naturalOrder()).orElse(min);
        long span = ChronoUnit.DAYS.between(min, max);
        long pad = Math.max(1, span / 25);
        if (span < 6) {
            pad = Math.max(pad, (7 - span) / 2 + 1);
        }
        Scale scale = new Scale(min.minusDays(pad), max.plusDays(pad + 1));
        return sorted.size() <= MAX_LABELLED ? rows(sorted, scale, ariaLabel) : stacked(sorted, scale, ariaLabel);
    }

    private record Scale(LocalDate from, LocalDate to) {
        double x(LocalDate d) {
            double days = ChronoUnit.DAYS.between(from, to);
            return MARGIN + (WIDTH - 2 * MARGIN) * ChronoUnit.DAYS.between(from, d) / days;
        }

        /** The middle of a day. */
        double mid(LocalDate d) {
            return (x(d) + x(d.plusDays(1))) / 2;
        }
    }

    private static Html.Element rows(List<Item> items, Scale s, String ariaLabel) {
        double height = MARGIN + items.size() * ROW + AXIS;
        Html.Element svg = Svg.svg(WIDTH, height, ariaLabel, "timeline");
        svg.add(Svg.title(ariaLabel));
        axis(svg, s, MARGIN / 2, height - AXIS);
        double y = MARGIN + ROW / 2;
        for (Item it : items) {
            Html.Element a = Svg.link(it.href()).cls("tl-item", it.css());
            a.add(Svg.title(it.tooltip()));
            double x1 = s.x(it.start());
            double x2 = s.x(it.end().plusDays(1));
            double anchorX;
            if (it.end().isAfter(it.start()) && x2 - x1 >= 10) {
                a.add(Html.el("rect").attr("x", Svg.n(x1)).attr("y", Svg.n(y - 5)).attr("width", Svg.n(x2 - x1))
                        .attr("height", "10").attr("rx", "3").cls("tl-bar"));
                anchorX = x2;
            } else {
                anchorX = s.mid(it.start());
                a.add(Svg.circle(anchorX, y, 6, "tl-dot"));
                x1 = anchorX;
            }
            boolean left = anchorX > WIDTH * 0.62;
            Html.Element label = Svg.text(left ? x1 - 10 : anchorX + 10, y + 4.5, it.label(), "tl-label");
            if (left) {
                label.attr("text-anchor", "end");
            }
            a.add(label);
            svg.add(a);
            y += ROW;
        }
        return svg;
    }

    private static Html.Element stacked(List<Item> items, Scale s, String ariaLabel) {
        long span = ChronoUnit.DAYS.between(s.from(), s.to());
        int binDays = span <= 70 ? 1 : span <= 500 ? 7 : span <= 2500 ? 30 : 91;
        Map<Long, Integer> stack = new HashMap<>();
        Map<Long, Integer> overflow = new HashMap<>();
        record Dot(Item item, double x, int level) {
        }
        List<Dot> dots = new ArrayList<>();
        int maxLevel = 0;
        for (Item it : items) {
            LocalDate mid = it.start().plusDays(ChronoUnit.DAYS.between(it.start(), it.end()) / 2);
            long bin = ChronoUnit.DAYS.between(s.from(), mid) / binDays;
            int level = stack.merge(bin, 1, Integer::sum) - 1;
            if (level >= MAX_STACK) {
                overflow.merge(bin, 1, Integer::sum);
                continue;
            }
            maxLevel = Math.max(maxLevel, level);
            LocalDate binStart = s.from().plusDays(bin * binDays);
            double x = (s.x(binStart) + s.x(binStart.plusDays(binDays))) / 2;
            dots.add(new Dot(it, x, level));
        }
        double step = 10;
        double top = MARGIN + (overflow.isEmpty() ? 0 : 14);
        double height = top + (maxLevel + 1) * step + 8 + AXIS;
        Html.Element svg = Svg.svg(WIDTH, height, ariaLabel, "timeline timeline-dense");
        svg.add(Svg.title(ariaLabel));
        double base = height - AXIS - 8;
        axis(svg, s, MARGIN / 2, height - AXIS);
        for (Dot d : dots) {
            Html.Element a = Svg.link(d.item().href()).cls("tl-item", d.item().css());
            a.add(Svg.title(d.item().tooltip()));
            a.add(Svg.circle(d.x(), base - d.level() * step, 4, "tl-dot"));
            svg.add(a);
        }
        overflow.forEach((bin, n) -> {
            LocalDate binStart = s.from().plusDays(bin * binDays);
            double x = (s.x(binStart) + s.x(binStart.plusDays(binDays))) / 2;
            svg.add(Svg.text(x, base - MAX_STACK * step - 2, "+" + n, "tl-more").attr("text-anchor", "middle"));
        });
        return svg;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** Grid lines and tick labels: days, weeks (Mondays), months or years, whichever gives a readable count. */
    private static void axis(Html.Element svg, Scale s, double top, double bottom) {
        long span = ChronoUnit.DAYS.between(s.from(), s.to());
        List<LocalDate> ticks = new ArrayList<>();
        DateTimeFormatter fmt;
        if (span <= 16) {
            for (LocalDate d = s.from(); d.isBefore(s.to()); d = d.plusDays(1)) {
                ticks.add(d);
            }
            fmt = DAY;
        } else if (span <= 120) {
            for (LocalDate d = s.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); d.isBefore(s.to());
                 d = d.plusWeeks(span <= 60 ? 1 : 2)) {
                ticks.add(d);
            }
            fmt = DAY_MONTH;
        } else if (span <= 1100) {
            int every = span <= 400 ? 1 : 3;
            for (LocalDate d = s.from().withDayOfMonth(1).plusMonths(1); d.isBefore(s.to()); d = d.plusMonths(every)) {
                ticks.add(d);
            }
            fmt = MONTH;
        } else {
            int every = span <= 365 * 12 ? 1 : 5;
            for (LocalDate d = s.from().withDayOfYear(1).plusYears(1); d.isBefore(s.to()); d = d.plusYears(every)) {
                ticks.add(d);
            }
            fmt = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);
        }
        Html.Element g = Html.el("g").cls("tl-axis");
        g.add(Svg.line(MARGIN, bottom, WIDTH - MARGIN, bottom, "tl-baseline"));
        double lastLabelEnd = -1;
        for (LocalDate d : ticks) {
            double x = fmt == DAY ? s.mid(d) : s.x(d);
            g.add(Svg.line(x, top, x, bottom, "tl-grid"));
            String text = fmt.format(d);
            double half = text.length() * 3.3;
            if (x - half > lastLabelEnd + 6 && x + half < WIDTH) {
                g.add(Svg.text(x, bottom + 18, text, "tl-tick").attr("text-anchor", "middle"));
                lastLabelEnd = x + half;
            }
        }
        svg.add(g);
    }
}
