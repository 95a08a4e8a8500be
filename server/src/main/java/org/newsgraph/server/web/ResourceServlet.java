package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.server.ld.BadRequestException;
import org.newsgraph.server.ld.Description;
import org.newsgraph.server.ld.Format;
import org.newsgraph.server.ld.Negotiation;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.ResourcePages;
import org.newsgraph.server.pages.Site;

/**
 * Dereferences the IRIs the graph minted: {@code /id/...} and {@code /graph/...} (see
 * {@link org.newsgraph.server.ld.IriMapper}). The representation is chosen by {@code ?format=} (ttl, jsonld, nt,
 * rdf, html), else by a suffix ({@code .ttl}, ...) when the IRI without it is known, else by the {@code Accept}
 * header ({@link Negotiation}); responses carry {@code Vary: Accept} and {@code Link} headers to the other formats.
 * Browsers get the resource's page; RDF clients its {@link Description} (for a named graph: the graph's content, as
 * the read-only graph store {@code /kg/get} gives it). Unknown IRIs are 404, malformed paths and unknown formats
 * 400, formats nobody accepts 406.
 */
final class ResourceServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    ResourceServlet(Site site) {
        super(site);
    }

    @Override
    void serve(HttpServletRequest req, HttpServletResponse resp, Links links) throws IOException {
        long start = System.nanoTime();
        resp.setHeader("Vary", "Accept");
        String formatParam = req.getParameter("format");
        Format forced = null;
        if (formatParam != null) {
            forced = Format.named(formatParam).orElseThrow(() -> new BadRequestException("unknown format \""
                    + shorten(formatParam) + "\"; use html, ttl, jsonld, nt or rdf"));
        }
        ResourcePages.Options options = options(req);
        String iri = site.iris().iri(path(req));
        Format suffix = null;
        if (!known(iri)) {
            int dot = iri.lastIndexOf('.');
            if (dot > iri.lastIndexOf('/')) {
                Optional<Format> f = Format.named(iri.substring(dot + 1));
                if (f.isPresent() && known(iri.substring(0, dot))) {
                    iri = iri.substring(0, dot);
                    suffix = f.get();
                }
            }
        }
        Format format = forced != null ? forced : suffix;
        if (format == null) {
            String accept = req.getHeader("Accept");
            if (accept != null && accept.length() > Negotiation.MAX_HEADER_LENGTH) {
                throw new BadRequestException("the Accept header is too long");
            }
            Optional<Format> chosen = Negotiation.choose(accept);
            if (chosen.isEmpty()) {
                text(resp, 406, "406 Not Acceptable: this resource is served as text/html, text/turtle, "
                        + "application/ld+json, application/n-triples and application/rdf+xml");
                return;
            }
            format = chosen.get();
        }
        if (!known(iri)) {
            String message = "The graph has no resource " + iri + ".";
            if (format == Format.HTML) {
                html(resp, 404, org.newsgraph.server.pages.ErrorPage.render(links, 404, "Not found", message), start);
            } else {
                text(resp, 404, "404 Not Found: " + message);
            }
            return;
        }
        StringBuilder link = new StringBuilder();
        for (Format f : Format.values()) {
            if (!link.isEmpty()) {
                link.append(", ");
            }
            link.append('<').append(links.data(iri, f)).append(">; rel=\"alternate\"; type=\"").append(f.mediaType())
                    .append('"');
        }
        resp.setHeader("Link", link.toString());
        if (format == Format.HTML) {
            String page = ResourcePages.render(site, links, iri, options);
            if (page == null) {
                html(resp, 404, org.newsgraph.server.pages.ErrorPage.render(links, 404, "Not found",
                        "The graph has no resource " + iri + "."), start);
                return;
            }
            html(resp, 200, page, start);
            return;
        }
        byte[] body = rdf(iri, format);
        resp.setStatus(200);
        securityHeaders(resp);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentType(format.mediaType() + (format == Format.JSONLD ? "" : "; charset=utf-8"));
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    private boolean known(String iri) {
        Node n = NodeFactory.createURI(iri);
        DatasetGraph dsg = site.view().dataset();
        return Txn.calculateRead(dsg, () -> dsg.getUnionGraph().contains(n, Node.ANY, Node.ANY)
                || dsg.getUnionGraph().contains(Node.ANY, Node.ANY, n) || isGraph(dsg, n));
    }

    /** Whether {@code n} names a graph of the dataset that holds something (call in a transaction). */
    private static boolean isGraph(DatasetGraph dsg, Node n) {
        var it = dsg.find(n, Node.ANY, Node.ANY, Node.ANY);
        try {
            return it.hasNext();
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private byte[] rdf(String iri, Format format) {
        Node n = NodeFactory.createURI(iri);
        DatasetGraph dsg = site.view().dataset();
        Graph g = Txn.calculateRead(dsg, () -> {
            if (iri.startsWith(site.iris().base() + "graph/") && isGraph(dsg, n)) {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(n).find().forEachRemaining(copy::add);
                return copy;
            }
            return Description.of(dsg.getUnionGraph(), n);
        });
        g.getPrefixMapping().setNsPrefixes(site.prefixes().getMapping());
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFWriter.source(g).format(format.rdf()).output(out);
        return out.toByteArray();
    }

    private static ResourcePages.Options options(HttpServletRequest req) {
        String incoming = req.getParameter("incoming");
        if (incoming != null) {
            incoming = incoming.strip();
            if (incoming.isEmpty() || incoming.length() > 2000
                    || incoming.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
                throw new BadRequestException("incoming= must be a property IRI");
            }
            try {
                if (!org.apache.jena.irix.IRIx.create(incoming).isAbsolute()) {
                    throw new BadRequestException("incoming= must be an absolute property IRI");
                }
            } catch (org.apache.jena.irix.IRIException e) {
                throw new BadRequestException("incoming= must be a property IRI");
            }
        }
        return new ResourcePages.Options(number(req, "page"), incoming, number(req, "incoming-page"));
    }

    static int number(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0 || n > 1_000_000) {
                throw new BadRequestException(name + "=" + shorten(v) + " is out of range");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + "=" + shorten(v) + " is not a number");
        }
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
