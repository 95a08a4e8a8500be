package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that uses a store shares. */
final class DataOption {
    @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = "data",
            description = "The data directory: the TDB2 store goes in DIR/tdb2, the extraction cache in DIR/cache "
                    + "(default: ${DEFAULT-VALUE}).")
    Path dir;
}
