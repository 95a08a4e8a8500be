package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of the child JVMs that {@link CrashAtomicityTest} starts: {@code build DATA PATH...} builds with the
 * test extractor and mapper (the parent sets {@link KnowledgeStore#HALT_PROPERTY} to make it die inside the write
 * transaction); {@code hold DATA} opens the store, prints {@code holding} and waits to be killed.
 */
public final class StoreChild {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        KnowledgeStore store = KnowledgeStore.create().dataDir(data).extractor(new TestExtractor())
                .mapper(TestMapper::new).threads(1).open();
        switch (args[0]) {
            case "build" -> {
                List<Path> in = Arrays.stream(args).skip(2).map(Path::of).toList();
                store.build(in);
                store.close();
                System.out.println("built");
            }
            case "hold" -> {
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(120_000);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
