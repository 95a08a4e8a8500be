package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.store.StoreTesting.assertSameGraphs;
import static org.newsgraph.store.StoreTesting.snapshot;
import static org.newsgraph.store.StoreTesting.write;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change is one TDB2 write transaction: a build that dies inside it (Runtime.halt in a child JVM, as hard as
 * kill -9) leaves the store exactly as it was. And one process owns a store at a time.
 */
class CrashAtomicityTest {
    @TempDir
    Path tmp;

    private static Process child(String... args) throws IOException {
        return child(List.of(), args);
    }

    private static Process child(List<String> jvmOptions, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(jvmOptions);
        cmd.add(StoreChild.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aBuildKilledInsideItsWriteTransactionLeavesTheStoreAsBefore() throws Exception {
        Path in = tmp.resolve("in");
        Path data = tmp.resolve("data");
        write(in.resolve("a.txt"), "Anna Berg met Carl Dahl in Oslo.");
        write(in.resolve("b.txt"), "Erik Falk spoke.");
        DatasetGraph before;
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).extractor(new TestExtractor())
                .mapper(TestMapper::new).open()) {
            store.build(List.of(in));
            before = snapshot(store.datasetGraph());
        }
        write(in.resolve("a.txt"), "Anna Berg met Ivan Juul in Bergen.");
        write(in.resolve("c.txt"), "Gina Holm met Carl Dahl.");
        write(in.resolve("d.txt"), "Kari Lund spoke.");

        Process crash = child(List.of("-D" + KnowledgeStore.HALT_PROPERTY + "=2"), "build", data.toString(), in.toString());
        String out = output(crash);
        assertTrue(crash.waitFor(120, TimeUnit.SECONDS), "the child build ends");
        assertEquals(86, crash.exitValue(), "the child halted inside the write transaction: " + out);

        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).extractor(new TestExtractor())
                .mapper(TestMapper::new).open()) {
            assertSameGraphs(before, snapshot(store.datasetGraph()), Set.of());
            assertEquals(Set.of("a", "b"), store.articles().keySet());
            // The store is usable: the same build, uninterrupted, now goes through.
            ChangeReport r = store.build(List.of(in));
            assertTrue(r.written());
            assertEquals(Set.of("a", "b", "c", "d"), store.articles().keySet());
            assertEquals(4, r.graphsChanged(), "a changed, c and d new, and the resolution graph (b is unchanged)");
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsAClearError() throws Exception {
        Path data = tmp.resolve("data");
        Process holder = child("hold", data.toString());
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = r.readLine()) != null && !line.equals("holding")) {
                seen.append(line).append('\n');
            }
            assertEquals("holding", line, "the child opened the store; it said: " + seen);
            StoreException e = assertThrows(StoreException.class, () -> KnowledgeStore.create().dataDir(data).open());
            assertTrue(e.getMessage().contains("is in use by another process"), e.getMessage());
            assertTrue(e.getMessage().contains(data.resolve("tdb2").toString()), e.getMessage());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertNotEquals(0, holder.exitValue());
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data).open()) {
            assertTrue(store.articles().isEmpty(), "once the other process is gone the store opens");
        }
    }
}
