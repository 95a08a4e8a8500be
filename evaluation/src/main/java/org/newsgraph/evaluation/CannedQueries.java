package org.newsgraph.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The SPARQL text of the four canned queries that are scored: {@code persons.rq}, {@code positions.rq},
 * {@code meetings.rq} and {@code stances.rq}. The project keeps them in {@code queries/}; the store module ships
 * them on the classpath under {@value #CLASSPATH_FOLDER}. Immutable, thread-safe.
 *
 * <pre>{@code
 * CannedQueries shipped = CannedQueries.fromClasspath();
 * CannedQueries working = CannedQueries.fromDirectory(Path.of("queries"));
 * }</pre>
 */
public record CannedQueries(String persons, String positions, String meetings, String stances) {
    /** Where the store module puts the queries on the classpath. */
    public static final String CLASSPATH_FOLDER = "org/newsgraph/queries";

    /** The query names, in the order of the tables ({@code persons} gives {@code persons.csv}, ...). */
    public static final List<String> NAMES = List.of("persons", "positions", "meetings", "stances");

    public CannedQueries {
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(stances, "stances");
    }

    /** The queries as shipped: {@code org/newsgraph/queries/NAME.rq} on this module's class path. */
    public static CannedQueries fromClasspath() {
        return fromClasspath(CannedQueries.class.getClassLoader(), CLASSPATH_FOLDER);
    }

    /** The queries {@code FOLDER/NAME.rq} of a class loader. */
    public static CannedQueries fromClasspath(ClassLoader loader, String folder) {
        String[] q = new String[4];
        for (int i = 0; i < 4; i++) {
            String resource = folder + "/" + NAMES.get(i) + ".rq";
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new EvaluationException("canned query " + resource + " is not on the class path"
                            + " (the store module ships queries/*.rq there)");
                }
                q[i] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read canned query " + resource, e);
            }
        }
        return new CannedQueries(q[0], q[1], q[2], q[3]);
    }

    /** The queries {@code DIR/NAME.rq} of a folder, for instance the project's {@code queries/}. */
    public static CannedQueries fromDirectory(Path dir) {
        String[] q = new String[4];
        for (int i = 0; i < 4; i++) {
            Path file = dir.resolve(NAMES.get(i) + ".rq");
            try {
                q[i] = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read canned query " + file, e);
            }
        }
        return new CannedQueries(q[0], q[1], q[2], q[3]);
    }

    /** The query text by name ({@code persons}, {@code positions}, {@code meetings}, {@code stances}). */
    public String get(String name) {
        return switch (name) {
            case "persons" -> persons;
            case "positions" -> positions;
            case "meetings" -> meetings;
            case "stances" -> stances;
            default -> throw new IllegalArgumentException("no canned query \"" + name + "\"; there are " + NAMES);
        };
    }
}
