package org.newsgraph.server.pages;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.newsgraph.store.StoreException;

/**
 * The canned queries of {@code queries/} (shipped in the store jar as {@code org/newsgraph/queries/*.rq}), with the
 * title and description from each file's leading comment and its parameters: the variables named from its
 * "Parameter:" line on, which a caller may bind. Immutable, thread-safe.
 */
public final class CannedQueries {
    static final String RESOURCE_DIR = "/org/newsgraph/queries/";
    /** The order the home page lists them in; others follow by name. */
    private static final List<String> ORDER = List.of("persons", "positions", "meetings", "stances", "who-met-whom",
            "timeline", "evidence", "disagreements", "single-outlet-facts", "office-holders-on-day");
    private static final Pattern VARIABLE = Pattern.compile("\\?([A-Za-z_][A-Za-z0-9_]*)");

    /** One canned query: its name (file name without .rq), title, description, text, parsed query and parameters. */
    public record Canned(String name, String title, String description, String text, Query query,
                         List<String> parameters) {
    }

    private final Map<String, Canned> byName;

    private CannedQueries(Map<String, Canned> byName) {
        this.byName = byName;
    }

    public List<Canned> all() {
        return List.copyOf(byName.values());
    }

    public Optional<Canned> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The queries on the class path; none when the store jar ships none. */
    public static CannedQueries load() {
        List<String> names = listNames();
        names.sort((a, b) -> {
            int ia = ORDER.indexOf(a);
            int ib = ORDER.indexOf(b);
            if (ia >= 0 || ib >= 0) {
                return Integer.compare(ia < 0 ? Integer.MAX_VALUE : ia, ib < 0 ? Integer.MAX_VALUE : ib);
            }
            return a.compareTo(b);
        });
        Map<String, Canned> map = new java.util.LinkedHashMap<>();
        for (String n : names) {
            try (InputStream in = CannedQueries.class.getResourceAsStream(RESOURCE_DIR + n + ".rq")) {
                if (in != null) {
                    map.put(n, parse(n, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new StoreException("cannot read the canned query " + n + ".rq: " + e.getMessage(), e);
            }
        }
        return new CannedQueries(Collections.unmodifiableMap(map));
    }

    static Canned parse(String name, String text) {
        List<String> comment = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            comment.add(line.substring(1).strip());
        }
        String all = String.join(" ", comment).replace(": - ", ": ").replace("; - ", "; ");
        int colon = all.indexOf(": ");
        String title = colon > 0 && colon < 90 ? all.substring(0, colon) : name;
        String description = colon > 0 && colon < 90 ? all.substring(colon + 2) : all;
        Query query = QueryFactory.create(text);
        Set<String> queryVars = new LinkedHashSet<>();
        Matcher qm = VARIABLE.matcher(text.replaceAll("(?m)^#.*$", ""));
        while (qm.find()) {
            queryVars.add(qm.group(1));
        }
        Set<String> params = new LinkedHashSet<>();
        boolean inParameters = false;
        for (String line : comment) {
            if (line.startsWith("Parameter")) {
                inParameters = true;
            }
            if (line.startsWith("Columns")) {
                inParameters = false;
            }
            if (inParameters) {
                Matcher m = VARIABLE.matcher(line.contains("Columns") ? line.substring(0, line.indexOf("Columns")) : line);
                while (m.find()) {
                    if (queryVars.contains(m.group(1))) {
                        params.add(m.group(1));
                    }
                }
            }
        }
        return new Canned(name, capitalise(title), capitalise(description), text, query, List.copyOf(params));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The names of the .rq files in the resource folder, from a folder or from a jar. */
    private static List<String> listNames() {
        URL any = CannedQueries.class.getResource(RESOURCE_DIR + "persons.rq");
        List<String> names = new ArrayList<>();
        if (any == null) {
            return names;
        }
        try {
            URI uri = any.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    collect(fs.getPath(RESOURCE_DIR), names);
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    collect(FileSystems.getFileSystem(uri).getPath(RESOURCE_DIR), names); // someone else's: not ours to close
                }
            } else {
                collect(Path.of(uri).getParent(), names);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new StoreException("cannot list the canned queries at " + any + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static void collect(Path dir, List<String> names) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .forEach(f -> names.add(f.substring(0, f.length() - 3)));
        }
    }
}
