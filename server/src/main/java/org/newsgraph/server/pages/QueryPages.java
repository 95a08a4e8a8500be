package org.newsgraph.server.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.server.html.Html;
import org.newsgraph.server.ld.BadRequestException;
import org.newsgraph.server.view.GraphReader;

/**
 * The canned queries as pages: the list (on the home page and at {@code /queries}) and one query run over the union
 * graph ({@code /query?name=NAME}) with its results as a table whose IRIs link to their pages. Parameters come from
 * the request ({@code &person=IRI}, {@code &day=2023-11-05}), are validated (an absolute IRI, or an ISO date) and
 * bound with {@link QueryExec#substitution}: they never become query text. Queries run with a timeout.
 */
public final class QueryPages {
    /** Rows shown on the page; the CSV has them all. */
    public static final int MAX_ROWS = 1000;
    /** A query gets this long on this page (as on the SPARQL endpoint, where the configuration says so). */
    public static final long TIMEOUT_SECONDS = 30;

    private QueryPages() {
    }

    /** The list of canned queries with their actions: run here, download CSV, open in the query editor. */
    static Html.Element list(Site site, Links links) {
        Html.Element sec = Parts.section("queries", "Queries", site.queries().all().size());
        sec.add(Html.el("p").cls("muted small").add(Html.text("Canned SPARQL queries over the whole graph. "
                + "Run one to see its results with links; the SPARQL endpoint is "), Html.el("code").text("/kg/sparql"),
                site.queryUi() ? Html.fragment(Html.text(", and the "), Html.el("a").href(links.path(Layout.SPARQL_UI))
                        .text("query editor"), Html.text(" runs your own.")) : Html.text(".")));
        Html.Element table = Html.el("table").cls("data queries");
        Html.Element tb = Html.el("tbody");
        for (CannedQueries.Canned c : site.queries().all()) {
            Html.Element actions = Html.el("td").cls("actions").add(
                    Html.el("a").cls("button").href(runLink(links, c.name())).text("Run"),
                    Html.el("a").cls("button secondary").href(runLink(links, c.name()) + "&format=csv").text("CSV"));
            if (site.queryUi()) {
                actions.add(Html.el("a").cls("button secondary").href(editorLink(links, c.text())).text("Edit"));
            }
            tb.add(Html.el("tr").add(
                    Html.el("td").add(Html.el("a").href(runLink(links, c.name())).add(Html.el("strong").text(c.title())),
                            Html.el("div").cls("small muted").text(shortDescription(c))),
                    actions));
        }
        return sec.add(table.add(tb));
    }

    static String runLink(Links links, String name) {
        return links.path("query?name=" + Links.encode(name));
    }

    static String editorLink(Links links, String text) {
        return links.path(Layout.SPARQL_UI + "?query=" + Links.encode(text));
    }

    /** The description without its notes for programmers (columns, how to bind parameters). */
    private static String shortDescription(CannedQueries.Canned c) {
        String d = c.description();
        for (String cut : List.of(" Columns:", " Parameter")) {
            int i = d.indexOf(cut);
            if (i > 0) {
                d = d.substring(0, i);
            }
        }
        return d;
    }

    /** The page listing the queries. */
    public static String listPage(Site site, Links links) {
        Html.Element main = Html.el("div").cls("page").add(list(site, links));
        return Layout.render(links, Layout.Meta.of("Queries"), main);
    }

    /** The bindings of a canned query's parameters from request parameters; unknown or empty values left unbound. */
    public static Map<String, Node> bindings(CannedQueries.Canned c, Map<String, String> request) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String p : c.parameters()) {
            String v = request.get(p);
            if (v == null || v.isBlank()) {
                continue;
            }
            out.put(p, parameter(p, v.strip()));
        }
        return out;
    }

    /** A parameter value: an absolute http(s) IRI, or an ISO date ({@code xsd:date}). */
    static Node parameter(String name, String v) {
        if (v.length() > 2000) {
            throw new BadRequestException("the value of " + name + " is too long");
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new BadRequestException(name + "=" + v + " is not a calendar date");
            }
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            if (v.chars().anyMatch(ch -> ch <= ' ' || "<>\"{}|\\^`".indexOf(ch) >= 0)) {
                throw new BadRequestException("the value of " + name + " is not an IRI");
            }
            try {
                IRIx iri = IRIx.create(v);
                if (iri.isAbsolute() && !iri.hasViolations()) {
                    return NodeFactory.createURI(v);
                }
            } catch (IRIException e) {
                // refused below
            }
            throw new BadRequestException("the value of " + name + " is not an IRI");
        }
        throw new BadRequestException("the value of " + name + " must be an IRI (http://...) or a date (YYYY-MM-DD)");
    }

    /** The query with its parameters bound, as SPARQL text (Jena writes the terms), for the query editor link. */
    static String boundText(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty()) {
            return query.serialize();
        }
        Map<Var, Node> map = new LinkedHashMap<>();
        bindings.forEach((k, v) -> map.put(Var.alloc(k), v));
        return QueryTransformOps.syntaxSubstitute(query, map).serialize();
    }

    /** The rows of a run: the column names and, per row, a value per column (null when unbound). */
    public record Results(List<String> columns, List<List<Node>> rows, boolean truncated) {
    }

    /** Runs a canned query over the union graph, with the bindings, at most {@code limit} rows (-1: all). */
    public static Results run(Site site, CannedQueries.Canned c, Map<String, Node> bindings, int limit) {
        BindingBuilder b = BindingBuilder.create();
        bindings.forEach((k, v) -> b.add(Var.alloc(k), v));
        Binding binding = b.build();
        return Txn.calculateRead(site.view().dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(site.view().dataset()).query(c.query()).substitution(binding)
                    .set(TDB2.symUnionDefaultGraph, true).timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build()) {
                RowSet rs = qe.select();
                List<String> cols = new ArrayList<>();
                rs.getResultVars().forEach(v -> cols.add(v.getVarName()));
                List<List<Node>> rows = new ArrayList<>();
                boolean truncated = false;
                while (rs.hasNext()) {
                    Binding row = rs.next();
                    if (limit >= 0 && rows.size() >= limit) {
                        truncated = true;
                        break;
                    }
                    List<Node> r = new ArrayList<>();
                    for (Var v : rs.getResultVars()) {
                        r.add(row.get(v));
                    }
                    rows.add(r);
                }
                return new Results(cols, rows, truncated);
            }
        });
    }

    /** The page of one canned query: what it is, a form for its parameters, its results, and its text. */
    public static String runPage(Site site, Links links, CannedQueries.Canned c, Map<String, String> request) {
        Map<String, Node> bindings = bindings(c, request);
        long start = System.nanoTime();
        Results results = run(site, c, bindings, MAX_ROWS);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Html.Element main = Html.el("div").cls("page", "page-query");
        main.add(Html.el("header").cls("page-head").add(Parts.kicker("Query \u00B7 " + c.name() + ".rq"),
                Html.el("h1").text(c.title()), Html.el("p").cls("lead").text(c.description())));
        if (!c.parameters().isEmpty()) {
            Html.Element form = Html.el("form").cls("params").attr("action", links.path("query")).attr("method", "get");
            form.add(Html.el("input").attr("type", "hidden").attr("name", "name").attr("value", c.name()));
            for (String p : c.parameters()) {
                String v = request.get(p);
                form.add(Html.el("label").add(Html.el("span").text(p),
                        Html.el("input").attr("type", "text").attr("name", p).attr("value", v)
                                .attr("placeholder", p.equals("day") ? "YYYY-MM-DD" : "an IRI (empty: all)")
                                .attr("size", "60")));
            }
            form.add(Html.el("button").attr("type", "submit").text("Run"));
            main.add(Html.el("section").cls("block").add(Html.el("h2").text("Parameters"), form));
        }
        StringBuilder params = new StringBuilder();
        bindings.forEach((k, v) -> params.append('&').append(Links.encode(k)).append('=')
                .append(Links.encode(v.isURI() ? v.getURI() : v.getLiteralLexicalForm())));
        Html.Element res = Parts.section("results", "Results", results.rows().size());
        res.add(Html.el("p").cls("muted small").add(Html.text(ResourcePages.count(results.rows().size(), "row")
                + (results.truncated() ? " shown (the first " + MAX_ROWS + ")" : "") + " in " + ms + " ms \u00B7 "),
                Html.el("a").href(runLink(links, c.name()) + params + "&format=csv").text("CSV"), Html.text(" \u00B7 "),
                Html.el("a").href(runLink(links, c.name()) + params + "&format=json").text("JSON"),
                site.queryUi() ? Html.fragment(Html.text(" \u00B7 "), Html.el("a")
                        .href(editorLink(links, boundText(c.query(), bindings))).text("open in the query editor")) : null));
        res.add(table(site, links, results));
        main.add(res);
        main.add(Html.el("details").cls("block more-data").add(Html.el("summary").add(Html.el("h2").text("SPARQL")),
                Html.el("pre").cls("sparql").text(c.text())));
        return Layout.render(links, Layout.Meta.of(c.title()), main);
    }

    private static Html.Element table(Site site, Links links, Results results) {
        Html.Element wrap = Html.el("div").cls("table-scroll");
        Html.Element table = Html.el("table").cls("data results");
        Html.Element tr = Html.el("tr");
        results.columns().forEach(col -> tr.add(Html.el("th").text(col)));
        table.add(Html.el("thead").add(tr));
        Html.Element tb = Html.el("tbody");
        site.view().read(reader -> {
            for (List<Node> row : results.rows()) {
                Html.Element r = Html.el("tr");
                for (Node n : row) {
                    r.add(Html.el("td").add(cell(links, reader, n)));
                }
                tb.add(r);
            }
            return null;
        });
        return wrap.add(table.add(tb));
    }

    private static Html cell(Links links, GraphReader reader, Node n) {
        if (n == null) {
            return null;
        }
        if (n.isURI()) {
            if (links.isLocal(n.getURI())) {
                return Parts.link(links, reader.ref(n));
            }
            return Html.el("a").cls("ext").href(n.getURI()).text(n.getURI());
        }
        if (n.isLiteral()) {
            return Html.text(n.getLiteralLexicalForm());
        }
        return Html.text(n.toString());
    }
}
