package org.newsgraph.rdf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How Newsgraph names things: every IRI it mints is {@code BASE + "id/" + kind + "/" + slug}, every named graph
 * {@code BASE + "graph/" + ...}. The base is configurable (default {@value #DEFAULT_BASE}) so a deployment under a
 * real domain mints IRIs that dereference there; the server maps request paths back to IRIs with the same scheme.
 * Slugs come from normalised keys, never from counters, so a rebuild mints the same IRIs. Immutable, thread-safe.
 *
 * <pre>{@code
 * IriScheme iris = new IriScheme("https://kg.example.org/");
 * iris.entity("person", "Antony Blinken")  // https://kg.example.org/id/person/antony-blinken
 * iris.compound("tenure", "hakan-fidan", "foreign-minister", "country/tr")
 *                                           // https://kg.example.org/id/tenure/hakan-fidan--foreign-minister--country-tr
 * iris.articleGraph("000_0cea18fc")         // https://kg.example.org/graph/article/000_0cea18fc
 * }</pre>
 */
public final class IriScheme {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    /** A slug, or slugs joined by {@code --}: what {@link #compoundSlug} keeps as it is. */
    private static final Pattern COMPOUND_SLUG = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}]+(--?[\\p{Ll}\\p{Lo}\\p{N}]+)*");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern NOT_ARTICLE_SAFE = Pattern.compile("[^A-Za-z0-9._~-]");

    private final String base;

    public IriScheme(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("IRI base must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The IRI of an entity of a kind (person, org, place, post, role, tenure, meeting, stance, topic, ...). */
    public String entity(String kind, String key) {
        return base + "id/" + kind + "/" + slug(key);
    }

    /**
     * The IRI of an entity whose key has several parts (a tenure is a person and a post; a meeting its participants
     * and date): each part slugged, joined by {@code --}. A slug never holds two hyphens in a row, so the parts stay
     * apart: {@code ("a-b", "c")} and {@code ("a", "b-c")} give different IRIs.
     */
    public String compound(String kind, String... keyParts) {
        return base + "id/" + kind + "/" + compoundSlug(keyParts);
    }

    /**
     * The compound slug of key parts, as {@link #compound} uses it: each part slugged, joined by {@code --}.
     * A part that is itself a compound slug keeps its {@code --} separators.
     */
    public static String compoundSlug(String... keyParts) {
        if (keyParts.length == 0) {
            throw new IllegalArgumentException("a compound key needs at least one part");
        }
        StringBuilder sb = new StringBuilder();
        for (String part : keyParts) {
            if (!sb.isEmpty()) {
                sb.append("--");
            }
            sb.append(COMPOUND_SLUG.matcher(part).matches() ? part : slug(part));
        }
        return sb.toString();
    }

    /**
     * The IRI of what one article claims about one fact, stated in one sentence:
     * {@code BASE id/claim/ARTICLE/FACTKIND--FACTSLUG--sSENTENCE}. The same article, fact and sentence always give the
     * same claim IRI.
     */
    public String claim(String articleId, String factKind, String factSlug, int sentence) {
        return base + "id/claim/" + articleSlug(articleId) + "/" + slug(factKind) + "--" + factSlug + "--s" + sentence;
    }

    /** The IRI of the run (PROV activity) that extracted an article. */
    public String extraction(String articleId) {
        return base + "id/extraction/" + articleSlug(articleId);
    }

    /** The IRI of an article (the PROV entity). Article ids are file names, kept as they are apart from escaping. */
    public String article(String articleId) {
        return base + "id/article/" + articleSlug(articleId);
    }

    /**
     * The NIF IRI of a stretch of an article's text, RFC 5147 style: {@code ARTICLE#char=BEGIN,END} with offsets in
     * Unicode code points.
     */
    public String textSpan(String articleId, int beginCodePoint, int endCodePoint) {
        return article(articleId) + "#char=" + beginCodePoint + "," + endCodePoint;
    }

    /**
     * The NIF IRIs of the stretches of one article's text, for writing many of them: {@code textSpans(id).at(b, e)}
     * equals {@code textSpan(id, b, e)}.
     */
    public TextSpans textSpans(String articleId) {
        return new TextSpans(article(articleId) + "#char=");
    }

    /** Makes the {@link #textSpan} IRIs of one article. Immutable. */
    public record TextSpans(String prefix) {
        public String at(int beginCodePoint, int endCodePoint) {
            return prefix + beginCodePoint + "," + endCodePoint;
        }
    }

    /** The named graph that holds what one article states. */
    public String articleGraph(String articleId) {
        return base + "graph/article/" + articleSlug(articleId);
    }

    /** The named graph that holds the graph's decisions across articles: canonical names, chosen values, confidence. */
    public String resolutionGraph() {
        return base + "graph/resolution";
    }

    /**
     * A slug for a key: accents removed, lower case, runs of anything but letters and digits turned into one
     * hyphen. {@code "Recep Tayyip Erdoğan"} gives {@code recep-tayyip-erdogan}.
     */
    public static String slug(String key) {
        String s = MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFKD)).replaceAll("");
        s = EDGE_HYPHENS.matcher(NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("key has no letters or digits to make a slug from: \"" + key + "\"");
        }
        return s;
    }

    private static String articleSlug(String articleId) {
        String s = NOT_ARTICLE_SAFE.matcher(articleId).replaceAll("_");
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            throw new IllegalArgumentException("article id cannot be used in an IRI: \"" + articleId + "\"");
        }
        return s;
    }
}
