package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.QueryCancelledException;
import org.newsgraph.server.ld.BadRequestException;
import org.newsgraph.server.pages.ErrorPage;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of the browsing servlets: GET and HEAD only; every response with the security headers (a Content
 * Security Policy that allows only the server's own scripts and styles, no framing, no MIME sniffing); a 4xx for a
 * bad request and a 500 page without a stack trace for a failure (logged with its trace); the render time in a
 * {@code Server-Timing} header.
 */
abstract class PageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final Logger LOG = LoggerFactory.getLogger("org.newsgraph.server.pages");

    /** Scripts and styles only from this server, no inline ones, no plugins, no framing, forms only to here. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    final transient Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    /** Serves one request; throws {@link BadRequestException} for a request that cannot be served as asked. */
    abstract void serve(HttpServletRequest req, HttpServletResponse resp, Links links) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long start = System.nanoTime();
        Links links = Links.forPath(site.iris(), path(req), site.queryUi());
        try {
            serve(req, resp, links);
        } catch (BadRequestException e) {
            error(resp, links, 400, "Bad request", e.getMessage(), wantsHtml(req));
        } catch (QueryCancelledException e) {
            error(resp, links, 503, "Too slow", "The page took too long to build; try a narrower page.", wantsHtml(req));
        } catch (RuntimeException e) {
            LOG.error("{} {}: {}", req.getMethod(), shortUri(req.getRequestURI()), e.toString(), e);
            error(resp, links, 500, "Something went wrong", "The server could not build this page. The error is in "
                    + "the server's log.", wantsHtml(req));
        } finally {
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} {} in {} ms", req.getMethod(), shortUri(req.getRequestURI()), resp.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /** The request's path below the servlet context, percent-encoded as sent. */
    static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String ctx = req.getContextPath();
        return ctx != null && !ctx.isEmpty() && uri.startsWith(ctx) ? uri.substring(ctx.length()) : uri;
    }

    static boolean wantsHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return accept == null || accept.length() > 4096 || accept.toLowerCase(Locale.ROOT).contains("html")
                || accept.isBlank();
    }

    static void securityHeaders(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "same-origin");
    }

    static void html(HttpServletResponse resp, int status, String html, long startNanos) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        securityHeaders(resp);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Server-Timing", "render;dur=" + String.format(Locale.ROOT, "%.1f",
                (System.nanoTime() - startNanos) / 1e6));
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    static void text(HttpServletResponse resp, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        securityHeaders(resp);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    static void error(HttpServletResponse resp, Links links, int status, String title, String message, boolean asHtml)
            throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        if (asHtml) {
            html(resp, status, ErrorPage.render(links, status, title, message), System.nanoTime());
        } else {
            text(resp, status, status + " " + title + ": " + message);
        }
    }

    /** A request URI for a log line, cut to a readable length. */
    static String shortUri(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}
