package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg query}: a SPARQL query over the store (the union of all graphs). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over the knowledge graph (its default graph is the union of all graphs).",
                "QUERY is a .rq file, the name of a canned query of queries/ (persons, positions, meetings, stances), "
                        + "or the query text."},
        footer = {"", "Examples:", "  kg query --format csv queries/meetings.rq", "  kg query meetings",
                "  kg query 'SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'"})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (the SPARQL 1.1 results formats; default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, a canned query name, or SPARQL.")
    String query;

    @Override
    public Integer call() throws IOException {
        ResultFormat f = ResultFormat.of(format);
        String sparql = sparql(query);
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data.dir).createIfMissing(false).open();
             WriterOutputStream out = new WriterOutputStream(spec.commandLine().getOut())) {
            store.query(sparql, f, out);
        }
        return 0;
    }

    /** The query text an argument names: a file, a canned query, or the argument itself. */
    static String sparql(String arg) throws IOException {
        Path file = Path.of(arg.length() < 4096 && !arg.contains("\n") && !arg.contains("\0") ? arg : ".");
        if (!arg.contains("{") && Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (arg.matches("[A-Za-z0-9_-]+")) {
            try (InputStream in = QueryCommand.class.getResourceAsStream("/org/newsgraph/queries/" + arg + ".rq")) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new StoreException("no query file \"" + arg + "\" and no canned query of that name "
                    + "(a query text needs braces: SELECT ... { ... })");
        }
        if (arg.endsWith(".rq") && !arg.contains("{")) {
            throw new StoreException("no such query file: " + arg);
        }
        return arg;
    }
}
