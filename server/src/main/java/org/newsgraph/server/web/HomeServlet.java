package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.newsgraph.server.pages.HomePage;
import org.newsgraph.server.pages.Layout;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.Site;

/**
 * The home page, at the server's root; and Fuseki's query UI at {@code /?sparql} (with {@code /sparql} and
 * {@code /index.html} redirecting there). The UI finds the server's endpoints relative to the path of its page, so it
 * must be served at the root path: the query string tells the two apart.
 */
final class HomeServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    HomeServlet(Site site) {
        super(site);
    }

    @Override
    void serve(HttpServletRequest req, HttpServletResponse resp, Links links) throws IOException {
        long start = System.nanoTime();
        String path = path(req);
        if (site.queryUi() && (path.equals("/sparql") || path.equals("/index.html"))) {
            resp.setStatus(302);
            resp.setHeader("Location", "./" + Layout.SPARQL_UI);
            return;
        }
        if (site.queryUi() && req.getParameter("sparql") != null) {
            byte[] ui;
            try (InputStream in = HomeServlet.class.getResourceAsStream("/webapp/index.html")) {
                if (in == null) {
                    text(resp, 404, "404 Not Found: Fuseki's query UI is not installed");
                    return;
                }
                ui = in.readAllBytes();
            }
            resp.setStatus(200);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setHeader("X-Frame-Options", "DENY");
            resp.setContentType("text/html; charset=utf-8");
            resp.setContentLength(ui.length);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(ui);
            }
            return;
        }
        if (!site.queryUi() && (path.equals("/sparql") || path.equals("/index.html"))) {
            text(resp, 404, "404 Not Found: this server has no query UI");
            return;
        }
        html(resp, 200, HomePage.render(site, links), start);
    }
}
