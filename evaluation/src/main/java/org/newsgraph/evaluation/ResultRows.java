package org.newsgraph.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four result tables a graph gives to the canned queries, as score.py reads them: for each table a list of
 * rows, each row a map from column name (a leading {@code ?} stripped) to the value with white space stripped. A
 * column the table does not have is absent from the map ({@code get} gives {@code null}, Python's {@code None});
 * a value the row does not have is {@code ""}. Immutable, thread-safe.
 *
 * <pre>{@code
 * ResultRows rows = ResultRows.read(Path.of("results"));   // persons.csv, positions.csv, meetings.csv, stances.csv
 * rows.persons().get(0).get("name")                        // "Antony Blinken"
 * }</pre>
 */
public record ResultRows(List<Map<String, String>> persons, List<Map<String, String>> positions,
                         List<Map<String, String>> meetings, List<Map<String, String>> stances) {
    /** The file names, in the order of the tables. */
    public static final List<String> FILES = List.of("persons.csv", "positions.csv", "meetings.csv", "stances.csv");

    public ResultRows {
        persons = copy(persons);
        positions = copy(positions);
        meetings = copy(meetings);
        stances = copy(stances);
    }

    private static List<Map<String, String>> copy(List<Map<String, String>> rows) {
        // LinkedHashMap, not Map.copyOf: rows keep their column order
        return rows.stream().map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
    }

    /** Reads the four CSV files of a folder; a missing file gives an empty table (it scores zero). */
    public static ResultRows read(Path dir) {
        return new ResultRows(readFile(dir.resolve(FILES.get(0))), readFile(dir.resolve(FILES.get(1))),
                readFile(dir.resolve(FILES.get(2))), readFile(dir.resolve(FILES.get(3))));
    }

    /** Parses the four CSV texts (SPARQL CSV results); {@code null} stands for a missing file. */
    public static ResultRows parse(String persons, String positions, String meetings, String stances) {
        return new ResultRows(parseCsv(persons, FILES.get(0)), parseCsv(positions, FILES.get(1)),
                parseCsv(meetings, FILES.get(2)), parseCsv(stances, FILES.get(3)));
    }

    /** One table from CSV text as score.py's {@code read_csv} reads it; {@code null} text gives no rows. */
    public static List<Map<String, String>> parseCsv(String csv, String source) {
        return csv == null ? List.of() : PyCsv.readDicts(csv, source);
    }

    private static List<Map<String, String>> readFile(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        return PyCsv.readDicts(decode(file), file.toString());
    }

    /** Strict UTF-8, as Python's {@code open(..., encoding="utf-8")}: a byte-order mark is kept as a character. */
    static String decode(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new EvaluationException(file + ": not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
