package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.store.ChangeReport;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg build}: reads articles, extracts new and changed ones, and updates the store in one transaction. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Build articles (.txt files, each with an optional NAME.meta.json) into the knowledge graph.",
                "Only new and changed articles are extracted; the whole corpus is re-mapped and only the graphs that "
                        + "changed are written, in one transaction. An unreadable article is reported and skipped."},
        footer = {"", "Example:", "  kg build --data data seeds/"})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--base", paramLabel = "IRI",
            description = "The IRI base to mint IRIs under (default: the store's, or " + IriScheme.DEFAULT_BASE
                    + " for a new store).")
    String base;

    @Option(names = "--rebase", description = "Allow --base to differ from the store's: every IRI is re-minted.")
    boolean rebase;

    @Option(names = "--strict", description = "Stop, writing nothing, if any article cannot be read or extracted.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files and folders (searched recursively).")
    List<Path> paths;

    @Override
    public Integer call() {
        KnowledgeStore.Builder b = KnowledgeStore.create().dataDir(data.dir).base(base).rebase(rebase).strict(strict);
        if (threads != null) {
            b.threads(threads);
        }
        try (KnowledgeStore store = b.open()) {
            ChangeReport report = store.build(paths);
            spec.commandLine().getOut().println(report.summary());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
