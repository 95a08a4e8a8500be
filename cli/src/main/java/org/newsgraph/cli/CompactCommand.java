package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg compact}: reclaims the space TDB2 keeps after every write. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: TDB2 keeps old data after every write, so the database grows with each "
                + "build; compaction copies the live data to a new generation and deletes the old one. "
                + "The server must be stopped."},
        footer = {"", "Example:", "  kg compact --data data"})
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data.dir).createIfMissing(false).open()) {
            long[] sizes = store.compact();
            spec.commandLine().getOut().printf("compacted %s: %.1f MB -> %.1f MB%n", data.dir, sizes[0] / 1e6,
                    sizes[1] / 1e6);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
