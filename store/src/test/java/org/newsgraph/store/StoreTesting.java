package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** Helpers for the store's tests: project files, store snapshots, and comparing datasets graph by graph. */
public final class StoreTesting {
    private StoreTesting() {
    }

    /** The project root, from the system property {@code newsgraph.home} that the root POM's surefire sets. */
    public static Path home() {
        String home = System.getProperty("newsgraph.home");
        if (home == null) {
            fail("system property newsgraph.home is not set: run the tests through Maven (the root pom sets it)");
        }
        return Path.of(home);
    }

    /** Copies the project's seed articles ({@code seeds/*.txt}) into {@code dir}; returns the copies, sorted. */
    public static List<Path> copySeeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> s = Files.list(home().resolve("seeds"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                copies.add(Files.copy(p, dir.resolve(p.getFileName())));
            }
        }
        if (copies.size() != 5) {
            fail("expected the 5 seed articles in " + home().resolve("seeds") + ", found " + copies.size());
        }
        return copies;
    }

    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** An in-memory copy of every named graph of a dataset (the store's own default-graph facts left out). */
    public static DatasetGraph snapshot(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(dsg, () -> copy.executeWrite(() ->
                dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add)));
        return copy;
    }

    /** Asserts both datasets have the same named graphs with the same triples, ignoring triples with these predicates. */
    public static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual, Collection<Node> ignoredPredicates) {
        Txn.executeRead(expected, () -> Txn.executeRead(actual, () -> {
            assertEquals(graphNames(expected), graphNames(actual), "named graphs");
            for (String g : graphNames(expected)) {
                Node name = org.apache.jena.graph.NodeFactory.createURI(g);
                assertEquals(triples(expected.getGraph(name), ignoredPredicates),
                        triples(actual.getGraph(name), ignoredPredicates), "triples of graph <" + g + ">");
            }
        }));
    }

    public static Set<String> graphNames(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!dsg.getGraph(g).isEmpty()) {
                names.add(g.getURI());
            }
        }
        return names;
    }

    /** A graph's triples as sorted N-Triples-like lines, so a failing comparison shows the difference readably. */
    public static Set<String> triples(Graph g, Collection<Node> ignoredPredicates) {
        Set<String> lines = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            if (!ignoredPredicates.contains(t.getPredicate())) {
                lines.add(line(t));
            }
        });
        return lines;
    }

    private static String line(Triple t) {
        return t.getSubject() + " " + t.getPredicate() + " " + t.getObject();
    }

    /** Total size in bytes of the files under a directory, with their names: changes when TDB2 writes. */
    public static String fileState(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("tdb.lock")).sorted().toList()) {
                sb.append(dir.relativize(p)).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        }
        return sb.toString();
    }
}
