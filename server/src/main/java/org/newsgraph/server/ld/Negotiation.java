package org.newsgraph.server.ld;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the {@link Format} for an {@code Accept} header (RFC 9110, section 12.5.1): for each format, the quality of
 * the most specific media range that matches it; the highest quality wins, ties go to the server's order (HTML,
 * Turtle, JSON-LD, N-Triples, RDF/XML), so a browser and {@code *}{@code /*} get HTML. A few common synonyms count as
 * the format they mean ({@code application/json} as JSON-LD, {@code application/xhtml+xml} as HTML,
 * {@code application/x-turtle} as Turtle). No or an empty header is {@code *}{@code /*}. Stateless and thread-safe.
 *
 * <pre>{@code
 * Negotiation.choose("text/turtle;q=0.9, application/ld+json")  // JSONLD
 * Negotiation.choose("image/png")                              // empty: 406 Not Acceptable
 * }</pre>
 */
public final class Negotiation {
    /** Longer Accept headers are refused (400): no client needs them, and parsing them costs. */
    public static final int MAX_HEADER_LENGTH = 4096;
    /** Media ranges after this many are ignored. */
    static final int MAX_RANGES = 64;

    private static final Map<String, Format> SYNONYMS = Map.of(
            "application/json", Format.JSONLD,
            "application/xhtml+xml", Format.HTML,
            "application/x-turtle", Format.TURTLE,
            "text/n-triples", Format.NTRIPLES,
            "application/ntriples", Format.NTRIPLES);

    private Negotiation() {
    }

    /** The format to serve, or empty when the header accepts none of them. */
    public static Optional<Format> choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Format.HTML);
        }
        if (accept.length() > MAX_HEADER_LENGTH) {
            throw new IllegalArgumentException("the Accept header is " + accept.length() + " characters long (at most "
                    + MAX_HEADER_LENGTH + ")");
        }
        Format best = null;
        double bestQ = 0;
        for (Format f : Format.values()) {
            double q = quality(accept, f);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives {@code f}: that of the most specific range matching it, 0 if none does. */
    static double quality(String accept, Format f) {
        String[] ranges = accept.split(",", MAX_RANGES + 1);
        int bestSpecificity = -1;
        double q = 0;
        for (int i = 0; i < Math.min(ranges.length, MAX_RANGES); i++) {
            String[] parts = ranges[i].split(";");
            if (parts.length == 0) {
                continue;
            }
            String range = parts[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue;
            }
            int specificity;
            if (range.equals("*/*")) {
                specificity = 0;
            } else if (range.endsWith("/*") && f.mediaType().startsWith(range.substring(0, slash + 1))) {
                specificity = 1;
            } else if (range.equals(f.mediaType()) || SYNONYMS.get(range) == f) {
                specificity = range.equals(f.mediaType()) ? 3 : 2;
            } else {
                continue;
            }
            double rq = 1;
            for (int k = 1; k < parts.length; k++) {
                String p = parts[k].strip();
                if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                    try {
                        rq = Double.parseDouble(p.substring(2).strip());
                    } catch (NumberFormatException e) {
                        rq = -1;
                    }
                    if (!(rq >= 0 && rq <= 1)) {
                        rq = -1; // a malformed quality: ignore the range
                    }
                }
            }
            if (rq < 0) {
                continue;
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                q = rq;
            }
        }
        return q;
    }
}
