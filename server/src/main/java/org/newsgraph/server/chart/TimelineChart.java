package org.newsgraph.server.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.newsgraph.server.html.Html;

/**
 * A time line as inline SVG, computed on the server (no script needed to draw it). Up to {@link #MAX_LABELLED}
 * items get a row each, with a dot (a day) or a bar (a stretch of days: a month, a tenure) and a label, linking to
 * its page; more items become a histogram, a bar per day, week, month or quarter stacked by status, each with a
 * tooltip and a link to the list of that stretch's items. Items without a date are left out (pages list them beside
 * the chart). Stateless.
 */
public final class TimelineChart {
    /** The most items drawn one per row, with labels. */
    public static final int MAX_LABELLED = 40;
    static final double WIDTH = 960;
    private static final double MARGIN = 14;
    private static final double AXIS = 30;
    private static final double ROW = 24;

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
        return render(items, ariaLabel, null);
    }

    /**
     * The time line; with many items, a bar per day, week, month or quarter, coloured by status, linking to
     * {@code rangeLink.apply(first, last)} (the meetings of that stretch) when given.
     */
    public static Html.Element render(List<Item> items, String ariaLabel, BiFunction<LocalDate, LocalDate, String> rangeLink) {
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
        return sorted.size() <= MAX_LABELLED ? rows(sorted, scale, ariaLabel) : histogram(sorted, scale, ariaLabel, rangeLink);
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
            a.add(label(it.label(), x1, anchorX, y));
            svg.add(a);
            y += ROW;
        }
        return svg;
    }

    /**
     * The label of a mark from {@code x1} to {@code x2} on the row at {@code y}: right of it when it fits there, else
     * left of it, else over the mark itself (a long bar), shortened to the room it has.
     */
    private static Html.Element label(String text, double x1, double x2, double y) {
        double width = textWidth(text);
        double roomRight = WIDTH - MARGIN - (x2 + 10);
        double roomLeft = x1 - 10 - MARGIN;
        if (width <= roomRight || (roomRight >= roomLeft && roomRight >= 120)) {
            return Svg.text(x2 + 10, y + 4.5, fit(text, roomRight), "tl-label");
        }
        if (width <= roomLeft || roomLeft >= 120) {
            return Svg.text(x1 - 10, y + 4.5, fit(text, roomLeft), "tl-label").attr("text-anchor", "end");
        }
        return Svg.text(Math.max(MARGIN, x1) + 6, y + 4.5, fit(text, WIDTH - MARGIN - x1 - 12), "tl-label");
    }

    /** About how wide a label is at the chart's 13px font (a sans-serif averages a little over half its size). */
    static double textWidth(String s) {
        return s.codePointCount(0, s.length()) * 7.4;
    }

    /** {@code s}, shortened with an ellipsis to fit {@code room} pixels. */
    static String fit(String s, double room) {
        int max = (int) Math.max(6, room / 7.4);
        int n = s.codePointCount(0, s.length());
        return n <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /** The statuses a histogram bar stacks, bottom up, with the words its tooltip uses. */
    private static final List<String[]> STACK = List.of(new String[] {"st-occurred", "held"},
            new String[] {"st-planned", "planned"}, new String[] {"st-refused", "refused"});
    private static final double BAR_HEIGHT = 130;
    /** Items without a status (offices) drawn as labelled bars under a histogram, at most. */
    private static final int MAX_SPANS = 6;

    private static Html.Element histogram(List<Item> items, Scale s, String ariaLabel,
                                          BiFunction<LocalDate, LocalDate, String> rangeLink) {
        long span = ChronoUnit.DAYS.between(s.from(), s.to());
        Bins bins = Bins.of(s.from(), span);
        Map<LocalDate, int[]> counts = new TreeMap<>();
        // Items that have no status (a person's offices) are not counted: they are bars with labels under the bars.
        List<Item> spans = new ArrayList<>();
        for (Item it : items) {
            if (STACK.stream().noneMatch(st -> it.css() != null && it.css().contains(st[0]))) {
                spans.add(it);
            }
        }
        List<Item> shownSpans = spans.subList(0, Math.min(spans.size(), MAX_SPANS));
        for (Item it : items) {
            if (spans.contains(it)) {
                continue;
            }
            LocalDate mid = it.start().plusDays(ChronoUnit.DAYS.between(it.start(), it.end()) / 2);
            int[] c = counts.computeIfAbsent(bins.start(mid), k -> new int[STACK.size() + 1]);
            int k = STACK.size();
            for (int i = 0; i < STACK.size(); i++) {
                if (it.css() != null && it.css().contains(STACK.get(i)[0])) {
                    k = i;
                }
            }
            c[k]++;
        }
        int max = counts.values().stream().mapToInt(c -> java.util.Arrays.stream(c).sum()).max().orElse(1);
        double top = MARGIN + 16;
        double height = top + BAR_HEIGHT + AXIS + shownSpans.size() * ROW + (shownSpans.isEmpty() ? 0 : 6);
        double base = top + BAR_HEIGHT;
        Html.Element svg = Svg.svg(WIDTH, height, ariaLabel, "timeline timeline-dense");
        svg.add(Svg.title(ariaLabel));
        axis(svg, s, top, base);
        svg.add(Svg.text(MARGIN, MARGIN + 4, max + " per " + bins.unit() + " at most", "tl-scale"));
        counts.forEach((first, c) -> {
            LocalDate last = bins.next(first).minusDays(1);
            double x1 = s.x(first);
            double x2 = s.x(bins.next(first));
            double w = Math.max(1.5, x2 - x1 - (x2 - x1 > 4 ? 1.5 : 0.3));
            int total = java.util.Arrays.stream(c).sum();
            StringBuilder tip = new StringBuilder(bins.name(first) + ": " + total + (total == 1 ? " meeting" : " meetings"));
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < STACK.size(); i++) {
                if (c[i] > 0) {
                    parts.add(c[i] + " " + STACK.get(i)[1]);
                }
            }
            if (!parts.isEmpty()) {
                tip.append(" \u2014 ").append(String.join(", ", parts));
            }
            Html.Element bar = rangeLink != null ? Svg.link(rangeLink.apply(first, last)) : Html.el("g");
            bar.cls("tl-bin");
            bar.add(Svg.title(tip.toString()));
            double y = base;
            for (int i = 0; i <= STACK.size(); i++) {
                if (c[i] == 0) {
                    continue;
                }
                double h = BAR_HEIGHT * c[i] / max;
                y -= h;
                bar.add(Html.el("rect").attr("x", Svg.n(x1)).attr("y", Svg.n(y)).attr("width", Svg.n(w))
                        .attr("height", Svg.n(Math.max(h, 0.8))).cls("tl-seg", i < STACK.size() ? STACK.get(i)[0] : "st-other"));
            }
            svg.add(bar);
        });
        double y = base + AXIS + 6 + ROW / 2;
        for (Item it : shownSpans) {
            Html.Element a = Svg.link(it.href()).cls("tl-item", it.css());
            a.add(Svg.title(it.tooltip()));
            double x1 = s.x(it.start());
            double x2 = Math.max(x1 + 6, s.x(it.end().plusDays(1)));
            a.add(Html.el("rect").attr("x", Svg.n(x1)).attr("y", Svg.n(y - 5)).attr("width", Svg.n(x2 - x1))
                    .attr("height", "10").attr("rx", "3").cls("tl-bar"));
            a.add(label(it.label(), x1, x2, y));
            svg.add(a);
            y += ROW;
        }
        return svg;
    }

    /** Calendar bins: days, weeks (from Monday), months or quarters, whichever gives at most about 120 bars. */
    private record Bins(ChronoUnit step, int size) {
        static Bins of(LocalDate from, long spanDays) {
            if (spanDays <= 120) {
                return new Bins(ChronoUnit.DAYS, 1);
            }
            if (spanDays <= 700) {
                return new Bins(ChronoUnit.WEEKS, 1);
            }
            if (spanDays <= 3650) {
                return new Bins(ChronoUnit.MONTHS, 1);
            }
            return new Bins(ChronoUnit.MONTHS, 3);
        }

        LocalDate start(LocalDate d) {
            return switch (step) {
                case DAYS -> d;
                case WEEKS -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                default -> d.withDayOfMonth(1).withMonth((d.getMonthValue() - 1) / size * size + 1);
            };
        }

        LocalDate next(LocalDate start) {
            return start.plus(size, step);
        }

        String unit() {
            return switch (step) {
                case DAYS -> "day";
                case WEEKS -> "week";
                default -> size == 3 ? "quarter" : "month";
            };
        }

        String name(LocalDate start) {
            return switch (step) {
                case DAYS -> DAY.format(start) + " " + start.getYear();
                case WEEKS -> "week of " + DAY_MONTH.format(start) + " " + start.getYear();
                default -> size == 3 ? "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear()
                        : MONTH.format(start);
            };
        }
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
