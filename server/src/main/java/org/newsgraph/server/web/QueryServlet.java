package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.server.ld.BadRequestException;
import org.newsgraph.server.pages.CannedQueries;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.QueryPages;
import org.newsgraph.server.pages.Site;

/**
 * {@code /queries}: the canned queries; {@code /query?name=NAME[&PARAM=VALUE...][&format=csv|tsv|json]}: one run
 * over the union graph, as a page or as SPARQL results. Parameters are bound, never spliced into the query text.
 */
final class QueryServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    QueryServlet(Site site) {
        super(site);
    }

    @Override
    void serve(HttpServletRequest req, HttpServletResponse resp, Links links) throws IOException {
        long start = System.nanoTime();
        if (path(req).startsWith("/queries")) {
            html(resp, 200, QueryPages.listPage(site, links), start);
            return;
        }
        String name = req.getParameter("name");
        if (name == null || name.isBlank()) {
            html(resp, 200, QueryPages.listPage(site, links), start);
            return;
        }
        CannedQueries.Canned c = site.queries().named(name).orElse(null);
        if (c == null) {
            error(resp, links, 404, "No such query", "There is no canned query named \""
                    + ResourceServlet.shorten(name) + "\".", true);
            return;
        }
        Map<String, String> params = new HashMap<>();
        for (String p : c.parameters()) {
            params.put(p, req.getParameter(p));
        }
        Map<String, Node> bindings = QueryPages.bindings(c, params);
        String format = req.getParameter("format");
        if (format == null || format.equals("html")) {
            html(resp, 200, QueryPages.runPage(site, links, c, params), start);
            return;
        }
        var lang = switch (format) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            default -> throw new BadRequestException("unknown format \"" + ResourceServlet.shorten(format)
                    + "\"; use html, csv, tsv or json");
        };
        resp.setStatus(200);
        securityHeaders(resp);
        resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
        if (format.equals("csv")) {
            resp.setHeader("Content-Disposition", "inline; filename=\"" + c.name() + ".csv\"");
        }
        BindingBuilder b = BindingBuilder.create();
        bindings.forEach((k, v) -> b.add(Var.alloc(k), v));
        var dsg = site.view().dataset();
        Txn.executeRead(dsg, () -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(c.query()).substitution(b.build())
                    .set(TDB2.symUnionDefaultGraph, true).timeout(QueryPages.TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
                 OutputStream out = resp.getOutputStream()) {
                ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(qe.select()), lang);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
