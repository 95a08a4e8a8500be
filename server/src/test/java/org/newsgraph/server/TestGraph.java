package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreTesting;

/**
 * The graph the page tests browse: the five seeds and a hostile article ({@code src/test/resources/hostile/}: script,
 * event-handler attributes and angle brackets in its text, headline, outlet and URL), built with the standard
 * pipeline into a TDB2 store in a temporary folder, plus a graph of hand-made statements whose names hold quotes,
 * angle brackets and script; served on a free port. Built once per test run (JUnit's root store closes it at the
 * end), shared by the HTTP and browser tests.
 */
public final class TestGraph implements AutoCloseable {
    public static final String HOSTILE_ARTICLE = "900_hostile";
    public static final String HOSTILE_GRAPH = "http://localhost:3030/graph/test/hostile-names";

    private final Path dir;
    private final NewsgraphServer server;

    private TestGraph(Path dir, NewsgraphServer server) {
        this.dir = dir;
        this.server = server;
    }

    /** Registers the shared graph with JUnit (use {@code @ExtendWith(TestGraph.Extension.class)}). */
    public static final class Extension implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(TestGraph.class, k -> build(), TestGraph.class);
        }
    }

    private static volatile TestGraph current;

    /** The running graph; the test class must use {@link Extension}. */
    public static TestGraph get() {
        if (current == null) {
            throw new IllegalStateException("TestGraph not started: annotate the test class with "
                    + "@ExtendWith(TestGraph.Extension.class)");
        }
        return current;
    }

    static TestGraph build() {
        try {
            Path dir = Files.createTempDirectory("newsgraph-pages-");
            Path in = dir.resolve("in");
            StoreTesting.copySeeds(in);
            for (String f : List.of(HOSTILE_ARTICLE + ".txt", HOSTILE_ARTICLE + ".meta.json")) {
                try (InputStream s = TestGraph.class.getResourceAsStream("/hostile/" + f)) {
                    Files.copy(s, in.resolve(f));
                }
            }
            Path data = dir.resolve("data");
            try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).open()) {
                store.build(List.of(in));
                // A user's own graph, as README suggests for hand edits (written here directly, not through a build).
                Txn.executeWrite(store.datasetGraph(), () -> {
                    try (InputStream s = TestGraph.class.getResourceAsStream("/hostile/hostile-names.trig")) {
                        RDFParser.source(s).lang(Lang.TRIG).parse(store.datasetGraph());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            NewsgraphServer server = NewsgraphServer.create().dataDir(data).port(0).build().start();
            return new TestGraph(dir, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NewsgraphServer server() {
        return server;
    }

    /** The server's root, {@code http://localhost:PORT/}. */
    public String url() {
        return server.url();
    }

    /** The IRI base the store was built with. */
    public String base() {
        return server.iris().base();
    }

    /** The URL on this server of a path such as {@code id/person/antony-blinken}. */
    public String url(String path) {
        return server.url() + path;
    }

    @Override
    public void close() throws IOException {
        server.stop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
