package org.newsgraph.server.chart;

import java.util.Locale;
import org.newsgraph.server.html.Html;

/** Small helpers for building SVG with {@link Html}: number formatting and common elements. */
final class Svg {
    private Svg() {
    }

    /** A coordinate with at most one decimal, in a locale-independent form. */
    static String n(double v) {
        long r = Math.round(v * 10);
        return r % 10 == 0 ? Long.toString(r / 10) : String.format(Locale.ROOT, "%.1f", r / 10.0);
    }

    static Html.Element svg(double width, double height, String label, String cssClass) {
        return Html.el("svg").attr("viewBox", "0 0 " + n(width) + " " + n(height)).attr("width", n(width))
                .attr("height", n(height)).attr("role", "img").attr("aria-label", label).cls("chart", cssClass)
                .attr("preserveAspectRatio", "xMinYMin meet");
    }

    static Html.Element text(double x, double y, String text, String cssClass) {
        return Html.el("text").attr("x", n(x)).attr("y", n(y)).cls(cssClass).text(text);
    }

    static Html.Element line(double x1, double y1, double x2, double y2, String cssClass) {
        return Html.el("line").attr("x1", n(x1)).attr("y1", n(y1)).attr("x2", n(x2)).attr("y2", n(y2)).cls(cssClass);
    }

    static Html.Element circle(double cx, double cy, double r, String cssClass) {
        return Html.el("circle").attr("cx", n(cx)).attr("cy", n(cy)).attr("r", n(r)).cls(cssClass);
    }

    static Html.Element title(String text) {
        return Html.el("title").text(text);
    }

    /** A link around SVG content; {@code href} goes through the builder's URL filter like any other. */
    static Html.Element link(String href) {
        return Html.el("a").attr("href", href);
    }
}
