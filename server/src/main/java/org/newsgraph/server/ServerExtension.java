package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Adds something to the Newsgraph server before it is built: servlets, filters or endpoints (the linked-data pages
 * for minted IRIs are one). Give it to {@link NewsgraphServer.Builder#extension}, or register it as a service
 * ({@code META-INF/services/org.newsgraph.server.ServerExtension}) to have every server pick it up.
 *
 * <pre>{@code
 * NewsgraphServer.create().dataDir(data)
 *     .extension((fuseki, ctx) -> fuseki.addServlet("/id/*", new EntityPages(ctx.dataset(), ctx.iris())))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface ServerExtension {
    void configure(FusekiServer.Builder fuseki, ServerContext context);
}
