package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.evaluation.EvaluationResult;
import org.newsgraph.evaluation.Evaluator;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg evaluate}: the four canned queries over the store, scored against gold facts as score.py scores them. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the knowledge graph against gold facts: runs the canned queries persons, positions, "
                + "meetings and stances, and prints precision, recall and F1 by the rules of score.py (its figures "
                + "agree with score.py on the same graph)."},
        footer = {"", "Examples:", "  kg evaluate --gold seeds/seeds-gold.json",
                "  kg evaluate --gold ../shared/eval/dev/gold --results out/   (also writes the four CSV files)"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--gold", required = true, paramLabel = "FILE|DIR",
            description = "A corpus gold file (like seeds/seeds-gold.json) or a folder of per-article gold files.")
    Path gold;

    @Option(names = "--results", paramLabel = "DIR",
            description = "Also write persons.csv, positions.csv, meetings.csv and stances.csv here (for score.py).")
    Path results;

    @Option(names = "--json", description = "Print the scores as JSON, as score.py --json does.")
    boolean json;

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.create().dataDir(data.dir).createIfMissing(false).open()) {
            EvaluationResult r = new Evaluator(store.queryDataset()).evaluate(gold);
            if (results != null) {
                r.writeResults(results);
            }
            spec.commandLine().getOut().println(json ? r.toJson() : r.format());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
