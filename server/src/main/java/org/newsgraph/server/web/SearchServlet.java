package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.SearchPage;
import org.newsgraph.server.pages.Site;

/** {@code /search?q=...}: persons, places, organisations, offices, topics and meetings by any of their names. */
final class SearchServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    SearchServlet(Site site) {
        super(site);
    }

    @Override
    void serve(HttpServletRequest req, HttpServletResponse resp, Links links) throws IOException {
        long start = System.nanoTime();
        html(resp, 200, SearchPage.render(site, links, req.getParameter("q")), start);
    }
}
