package org.newsgraph.evaluation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Scores a dataset: runs the four canned queries in one read transaction, serialises each answer as SPARQL CSV
 * (the {@code text/csv} results format score.py reads), parses it back as score.py does and scores it with
 * {@link Scorer}. The figures therefore equal those of {@code score.py GOLD DIR} on the files
 * {@link #writeResults} writes. Thread-safe as the dataset is (a TDB2 dataset is).
 *
 * <p>The queries are written for the endpoint's view, where the default graph is the union of the named graphs
 * (TDB2 with {@code tdb2:unionDefaultGraph}, as Fuseki runs it). On a TDB2 dataset the evaluator asks for that
 * view on each query; any other dataset is queried as it is given.
 *
 * <pre>{@code
 * EvaluationResult r = new Evaluator(dataset).evaluate(Path.of("seeds/seeds-gold.json"));
 * System.out.print(r.format());
 * }</pre>
 */
public final class Evaluator {
    private final Dataset dataset;
    private final CannedQueries queries;

    /** An evaluator with the shipped canned queries ({@link CannedQueries#fromClasspath()}). */
    public Evaluator(Dataset dataset) {
        this(dataset, CannedQueries.fromClasspath());
    }

    public Evaluator(Dataset dataset, CannedQueries queries) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    /** Runs the four queries in one read transaction and returns their answers as SPARQL CSV text. */
    public ResultCsv runQueries() {
        String[] csv = new String[4];
        dataset.executeRead(() -> {
            for (int i = 0; i < 4; i++) {
                String name = CannedQueries.NAMES.get(i);
                csv[i] = selectAsCsv(name, queries.get(name));
            }
        });
        return new ResultCsv(csv[0], csv[1], csv[2], csv[3]);
    }

    private String selectAsCsv(String name, String sparql) {
        Query query;
        try {
            query = QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new EvaluationException("canned query " + name + ".rq: " + e.getMessage(), e);
        }
        if (!query.isSelectType()) {
            throw new EvaluationException("canned query " + name + ".rq is not a SELECT query");
        }
        QueryExecutionDatasetBuilder builder = QueryExecution.create().query(query).dataset(dataset);
        if (TDB2Factory.isTDB2(dataset)) {
            builder.set(TDB2.symUnionDefaultGraph, true);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution exec = builder.build()) {
            ResultSetFormatter.outputAsCSV(out, exec.execSelect());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Runs the queries and writes {@code persons.csv}, {@code positions.csv}, ... into a folder, for score.py. */
    public ResultCsv writeResults(Path dir) {
        ResultCsv csv = runQueries();
        csv.write(dir);
        return csv;
    }

    /** Runs the queries and scores them against a gold file or a folder of per-article gold files. */
    public EvaluationResult evaluate(Path goldFileOrDir) {
        return evaluate(Gold.load(goldFileOrDir));
    }

    /** Runs the queries and scores them against gold. */
    public EvaluationResult evaluate(Gold gold) {
        ResultCsv csv = runQueries();
        return new EvaluationResult(Scorer.score(gold, csv.rows()), csv);
    }
}
