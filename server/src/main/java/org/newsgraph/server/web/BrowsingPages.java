package org.newsgraph.server.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.newsgraph.server.ServerContext;
import org.newsgraph.server.ServerExtension;
import org.newsgraph.server.pages.CannedQueries;
import org.newsgraph.server.pages.HomePage;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.Site;
import org.newsgraph.server.view.GraphView;

/**
 * Adds the browsing layer to a Newsgraph server: the home page at {@code /}, a page (or RDF) for every minted IRI at
 * {@code /id/...} and {@code /graph/...}, search at {@code /search}, the canned queries at {@code /queries} and
 * {@code /query}, and the pages' style sheet and script at {@code /assets/}. Read-only: every page reads the served
 * dataset in a read transaction.
 */
public final class BrowsingPages implements ServerExtension {
    @Override
    public void configure(FusekiServer.Builder fuseki, ServerContext context) {
        Site site = new Site(new GraphView(context.dataset()), context.iris(), CannedQueries.load(), context.queryUi());
        HomeServlet home = new HomeServlet(site);
        fuseki.addServlet("", home);
        fuseki.addServlet("/sparql", home);
        fuseki.addServlet("/index.html", home);
        fuseki.addServlet("/search", new SearchServlet(site));
        QueryServlet queries = new QueryServlet(site);
        fuseki.addServlet("/query", queries);
        fuseki.addServlet("/queries", queries);
        fuseki.addServlet("/meetings", new MeetingsServlet(site));
        fuseki.addServlet("/assets/*", new AssetServlet(site));
        ResourceServlet resources = new ResourceServlet(site);
        fuseki.addServlet("/id/*", resources);
        fuseki.addServlet("/graph/*", resources);
        String basePath = site.iris().basePath();
        if (!basePath.equals("/")) {
            fuseki.addServlet(basePath + "id/*", resources);
            fuseki.addServlet(basePath + "graph/*", resources);
        }
        // The home page is the costliest to compute on a big store: compute it while the server starts, so the first
        // visitor does not wait.
        Thread warm = new Thread(() -> {
            try {
                HomePage.render(site, Links.forPath(site.iris(), "/", site.queryUi()));
            } catch (RuntimeException e) {
                PageServlet.LOG.debug("could not compute the home page ahead: {}", e.toString());
            }
        }, "newsgraph-home-warmup");
        warm.setDaemon(true);
        warm.start();
    }
}
