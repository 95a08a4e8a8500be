package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.Site;

/**
 * The pages' own style sheet and script, from {@code org/newsgraph/server/assets/} on the class path: nothing is
 * loaded from elsewhere, so the pages work without internet. Only plain names with a known suffix are served.
 */
final class AssetServlet extends PageServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("/assets/([a-z0-9-]+)\\.(css|js|svg|txt)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8");
    private final transient Map<String, byte[]> cache = new ConcurrentHashMap<>();

    AssetServlet(Site site) {
        super(site);
    }

    @Override
    void serve(HttpServletRequest req, HttpServletResponse resp, Links links) throws IOException {
        Matcher m = NAME.matcher(path(req));
        byte[] body = null;
        if (m.matches()) {
            String file = m.group(1) + "." + m.group(2);
            body = cache.computeIfAbsent(file, f -> {
                try (InputStream in = AssetServlet.class.getResourceAsStream("/org/newsgraph/server/assets/" + f)) {
                    return in == null ? new byte[0] : in.readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
        }
        if (body == null || body.length == 0) {
            text(resp, 404, "404 Not Found");
            return;
        }
        resp.setStatus(200);
        securityHeaders(resp);
        resp.setContentType(TYPES.get(m.group(2)));
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
