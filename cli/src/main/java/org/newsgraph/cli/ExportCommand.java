package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg export}: the store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the knowledge graph as RDF.",
                "turtle and ntriples: the merged graph (what SPARQL queries see), with readable prefixes in Turtle. "
                        + "trig, nquads and jsonld: the named graphs (one per article, plus the resolution graph)."},
        footer = {"", "Examples:", "  kg export --format turtle --out graph.ttl", "  kg export --format nquads | gzip > graph.nq.gz"})
final class ExportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ExportCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "turtle, ntriples, trig, nquads or jsonld.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ExportFormat f = ExportFormat.of(format);
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data.dir).createIfMissing(false).open()) {
            if (out == null) {
                try (WriterOutputStream w = new WriterOutputStream(spec.commandLine().getOut())) {
                    store.export(f, w);
                }
                return 0;
            }
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    store.export(f, o);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            LOG.info("export: {} written to {} ({} bytes)", f.name().toLowerCase(), out, Files.size(target));
        }
        return 0;
    }
}
