package org.newsgraph.cli;

import java.io.PrintWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.PipelineExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code kg} command line: one subcommand per task (build, serve, query, export, remove, compact, bench).
 * Results go to standard output through each command's writer; progress (one line per stage) and warnings go to
 * standard error through the log. A failure prints one line, {@code kg: what went wrong}; {@code -v} adds the
 * stack trace and debug logging.
 */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Newsgraph: news articles to an RDF knowledge graph of persons, offices, meetings and stances.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                RemoveCommand.class, CompactCommand.class, EvaluateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    static boolean verbose;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Debug logging, and the stack trace of a failure.")
    void setVerbose(boolean v) {
        verbose = v;
        if (v) {
            Configurator.setLevel("org.newsgraph", Level.DEBUG);
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The kg command line with Newsgraph's exception handling; tests set its out and err writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("kg: " + message(e));
            if (verbose) {
                e.printStackTrace(err);
            } else if (!(e instanceof NewsgraphException) && !(e instanceof java.io.IOException)
                    && !(e instanceof java.io.UncheckedIOException)) {
                err.println("kg: (run with -v for the details)");
            }
            err.flush();
            return 1;
        });
        return cl;
    }

    static String message(Throwable e) {
        if (e instanceof NewsgraphException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            return "I/O error: " + e.getMessage();
        }
        return "internal error: " + e;
    }

    /** {@code kg --version}: the Newsgraph version and the Java running it. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Newsgraph " + (v != null ? v : PipelineExtractor.VERSION),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")"};
        }
    }
}
