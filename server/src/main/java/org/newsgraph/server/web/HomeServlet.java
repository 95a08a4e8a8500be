package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newsgraph.server.pages.HomePage;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.Site;

/** The home page, at the server's root. */
final class HomeServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    HomeServlet(Site site) {
        super(site);
    }

    @Override
    void serve(HttpServletRequest req, HttpServletResponse resp, Links links) throws IOException {
        long start = System.nanoTime();
        html(resp, 200, HomePage.render(site, links), start);
    }
}
