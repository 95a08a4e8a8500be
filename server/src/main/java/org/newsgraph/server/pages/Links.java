package org.newsgraph.server.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.newsgraph.server.ld.Format;
import org.newsgraph.server.ld.IriMapper;
import org.newsgraph.server.view.Ref;

/**
 * Makes the links of one page, relative to the page ({@code ../../id/person/x} from {@code /id/meeting/y}), so pages
 * work the same on localhost, at the IRI base, and behind a proxy that serves them under a path. Immutable.
 */
public final class Links {
    private final IriMapper iris;
    private final String root;
    private final boolean queryUi;

    private Links(IriMapper iris, String root, boolean queryUi) {
        this.iris = iris;
        this.root = root;
        this.queryUi = queryUi;
    }

    /**
     * The links for a page at {@code requestPath} (the path the request gave, without the query): the root is as many
     * {@code ../} as the page is deep below the server's root (or below the base's path, when the request came with
     * it).
     */
    public static Links forPath(IriMapper iris, String requestPath, boolean queryUi) {
        String p = requestPath == null || requestPath.isEmpty() ? "/" : requestPath;
        if (!iris.basePath().equals("/") && p.startsWith(iris.basePath())) {
            p = p.substring(iris.basePath().length());
        } else if (p.startsWith("/")) {
            p = p.substring(1);
        }
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) == '/') {
                depth++;
            }
        }
        return new Links(iris, depth == 0 ? "./" : "../".repeat(depth), queryUi);
    }

    /** A server path ({@code search?q=x}, {@code assets/newsgraph.css}) relative to this page. */
    public String path(String serverPath) {
        return root + serverPath;
    }

    /** The page for a resource: this server's page for a local IRI, else the IRI itself. */
    public String to(String iri) {
        String local = iris.localPath(iri);
        return local != null ? root + local : iri;
    }

    public String to(Ref ref) {
        return to(ref.iri());
    }

    /** Whether this server serves a page for {@code iri}. */
    public boolean isLocal(String iri) {
        return iris.isLocal(iri);
    }

    /** The description of a local resource in a machine format ({@code ?format=ttl}). */
    public String data(String iri, Format format) {
        return to(iri) + "?format=" + format.suffix();
    }

    public String search(String query) {
        return root + "search?q=" + encode(query);
    }

    public String home() {
        return root;
    }

    public String asset(String name) {
        return root + "assets/" + name;
    }

    /** Whether Fuseki's query editor is served, so pages may link to it. */
    public boolean queryUi() {
        return queryUi;
    }

    public IriMapper iris() {
        return iris;
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
