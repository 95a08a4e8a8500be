package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.server.NewsgraphServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg serve}: Fuseki over the store, with its query UI, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge graph: pages to browse it at / (a page, or RDF, for every IRI at /id/...), "
                + "Fuseki's query editor at /sparql, a query-only SPARQL endpoint at /kg/sparql (the default graph "
                + "is the union of all graphs). Bound to localhost unless --host is given. Stop with Ctrl-C.",
                "The store is locked while it is served: stop the server before the next build."},
        footer = {"", "Examples:", "  kg serve --data data", "  curl -H 'Accept: text/csv' "
                + "--data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' http://localhost:3030/kg/sparql"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "3030",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "H",
            description = "Host or address to bind to, e.g. 0.0.0.0 for every interface (default: localhost only).")
    String host;

    @Option(names = "--auth", paramLabel = "PASSWORD_FILE",
            description = "Enable /kg/update (SPARQL Update) for the users of this file, one 'user: password' per "
                    + "line, with HTTP basic authentication.")
    Path passwordFile;

    @Option(names = "--no-ui", negatable = false, description = "Do not serve Fuseki's query UI.")
    boolean noUi;

    /** For tests and checks: start, print the URL, then stop instead of serving until killed. */
    @Option(names = "--stop-after-start", hidden = true)
    boolean stopAfterStart;

    @Override
    public Integer call() {
        NewsgraphServer server = NewsgraphServer.create().dataDir(data.dir).port(port).host(host)
                .passwordFile(passwordFile).ui(!noUi).build();
        server.start();
        PrintWriter out = spec.commandLine().getOut();
        out.println(server);
        if (passwordFile != null) {
            out.println("SPARQL Update (authenticated): " + server.url() + NewsgraphServer.SERVICE + "/update");
        }
        out.flush();
        if (stopAfterStart) {
            server.stop();
            return 0;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "kg-serve-stop"));
        server.join();
        return 0;
    }
}
