package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg remove}: drops articles and re-maps the rest. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove articles from the knowledge graph, by id or file name, and re-map the rest in one "
                + "transaction: what only those articles stated disappears; what others also state stays, with "
                + "fewer sources."},
        footer = {"", "Example:", "  kg remove 003_4c8df95f34a27182", "  kg remove seeds/003_4c8df95f34a27182.txt"})
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article ids or file names.")
    List<String> articles;

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data.dir).createIfMissing(false).open()) {
            spec.commandLine().getOut().println(store.remove(articles).summary());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
