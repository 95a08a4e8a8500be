package org.newsgraph.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.server.ld.BadRequestException;
import org.newsgraph.server.pages.Links;
import org.newsgraph.server.pages.MeetingsPage;
import org.newsgraph.server.pages.Site;

/** {@code /meetings?person=IRI&place=IRI&from=YYYY-MM-DD&to=YYYY-MM-DD&page=N}: a list of meetings. */
final class MeetingsServlet extends PageServlet {
    private static final long serialVersionUID = 1L;

    MeetingsServlet(Site site) {
        super(site);
    }

    @Override
    void serve(HttpServletRequest req, HttpServletResponse resp, Links links) throws IOException {
        long start = System.nanoTime();
        MeetingsPage.Filter f = new MeetingsPage.Filter(iri(req, "person"), iri(req, "place"), date(req, "from"),
                date(req, "to"), ResourceServlet.number(req, "page"));
        html(resp, 200, MeetingsPage.render(site, links, f), start);
    }

    /** A local IRI parameter, or null; anything else is a bad request. */
    private String iri(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        if (v.length() > 2000 || !site.iris().isLocal(v) || v.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
            throw new BadRequestException(name + "= must be the IRI of a resource of this graph");
        }
        try {
            if (IRIx.create(v).hasViolations()) {
                throw new BadRequestException(name + "= is not a valid IRI");
            }
        } catch (IRIException e) {
            throw new BadRequestException(name + "= is not a valid IRI");
        }
        return v;
    }

    private static LocalDate date(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + "= must be a date, YYYY-MM-DD");
        }
    }
}
