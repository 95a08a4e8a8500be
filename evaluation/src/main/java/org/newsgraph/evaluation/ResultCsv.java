package org.newsgraph.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The four canned-query results exactly as SPARQL CSV text ({@code text/csv}, as Jena's
 * {@code ResultSetFormatter.outputAsCSV} writes it): what score.py reads from {@code persons.csv},
 * {@code positions.csv}, {@code meetings.csv} and {@code stances.csv}. Immutable, thread-safe.
 */
public record ResultCsv(String persons, String positions, String meetings, String stances) {
    public ResultCsv {
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(stances, "stances");
    }

    /** The rows, parsed as score.py parses the files. */
    public ResultRows rows() {
        return ResultRows.parse(persons, positions, meetings, stances);
    }

    /**
     * Writes the four files into a folder (created if needed), UTF-8, byte for byte as the queries answered, so
     * that {@code score.py GOLD DIR} scores exactly these results.
     */
    public void write(Path dir) {
        List<String> texts = List.of(persons, positions, meetings, stances);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < 4; i++) {
                Files.writeString(dir.resolve(ResultRows.FILES.get(i)), texts.get(i), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write query results to " + dir, e);
        }
    }
}
