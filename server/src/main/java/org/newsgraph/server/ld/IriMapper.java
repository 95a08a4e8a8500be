package org.newsgraph.server.ld;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.net.URI;
import java.util.Locale;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.rdf.IriScheme;

/**
 * Maps request paths to the IRIs the graph minted, and back: {@code /id/person/x} (on whatever host and port the
 * server listens) is {@code BASE id/person/x}, {@code BASE} being the base the store was built with; so IRIs
 * dereference both at the base (behind a proxy that forwards there) and on localhost. When the base has a path
 * ({@code https://example.org/news/}) that path is accepted before {@code /id/} too. Immutable, thread-safe.
 */
public final class IriMapper {
    private final String base;
    private final String basePath;

    public IriMapper(IriScheme iris) {
        this.base = iris.base();
        this.basePath = URI.create(base).getRawPath();
    }

    public String base() {
        return base;
    }

    /** The path under which the base's path puts {@code /id/}: {@code /} for a base without a path. */
    public String basePath() {
        return basePath;
    }

    /**
     * The IRI a request path names: {@code rawPath} as the request gave it (percent-encoded), starting with
     * {@code /id/}, {@code /graph/}, or the base's path followed by one of them.
     *
     * @throws BadRequestException if the path is not percent-encoded UTF-8, or does not make an IRI
     */
    public String iri(String rawPath) {
        String path = rawPath;
        if (!basePath.equals("/") && path.startsWith(basePath)) {
            path = "/" + path.substring(basePath.length());
        }
        if (!path.startsWith("/id/") && !path.startsWith("/graph/")) {
            throw new BadRequestException("not a resource path: " + shorten(rawPath));
        }
        String decoded = decode(path.substring(1));
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\'
                    || c == '^' || c == '`' || c == '%' || c == '#' || c == '?' || (c >= 0x7f && c < 0xa0)) {
                throw new BadRequestException("the path " + shorten(rawPath) + " holds a character an IRI of this "
                        + "graph cannot: U+" + String.format(Locale.ROOT, "%04X", (int) c));
            }
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new BadRequestException("the path " + shorten(rawPath) + " has an empty, . or .. segment");
            }
        }
        String iri = base + decoded;
        try {
            IRIx x = IRIx.create(iri);
            if (!x.isAbsolute() || x.hasViolations()) {
                throw new BadRequestException("the path " + shorten(rawPath) + " does not make a valid IRI");
            }
        } catch (IRIException e) {
            throw new BadRequestException("the path " + shorten(rawPath) + " does not make a valid IRI");
        }
        return iri;
    }

    /** Whether {@code iri} was minted under the base, so this server has a page for it. */
    public boolean isLocal(String iri) {
        return iri.startsWith(base + "id/") || iri.startsWith(base + "graph/");
    }

    /**
     * Where this server serves a local IRI, relative to the server's root ({@code id/person/x},
     * {@code id/article/a#char=1,5}), or {@code null} for an IRI not minted under the base. Characters beyond ASCII
     * stay as they are (browsers encode them).
     */
    public String localPath(String iri) {
        return isLocal(iri) ? iri.substring(base.length()) : null;
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new BadRequestException("a truncated percent escape in the path");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new BadRequestException("a bad percent escape in the path: %" + s.charAt(i + 1) + s.charAt(i + 2));
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("the path is not percent-encoded UTF-8");
        }
    }

    static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
