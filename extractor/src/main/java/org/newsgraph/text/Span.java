package org.newsgraph.text;

/**
 * A half-open range {@code [begin, end)} of UTF-16 char offsets into an article's original text. Immutable.
 * Every stage reports positions as spans of the original text, so evidence always points at the article's
 * own words; conversion to Unicode code points (as NIF counts) happens only when RDF is written.
 */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("not a span: begin=" + begin + ", end=" + end);
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    /** The text this span covers in {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "chars " + begin + "-" + end;
    }
}
