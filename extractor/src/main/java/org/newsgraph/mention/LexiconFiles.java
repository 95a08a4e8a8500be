package org.newsgraph.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.NewsgraphException;

/**
 * Reads the extractor's lexicon resource files: UTF-8 text, {@code #} comments and blank lines skipped, columns
 * separated by tabs, alternatives within a column by {@code |}.
 */
public final class LexiconFiles {
    private LexiconFiles() {
    }

    /** The rows of a classpath resource, each split into trimmed tab-separated columns. */
    public static List<List<String>> rows(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new NewsgraphException("lexicon " + resource + " is missing from the classpath (next to "
                    + anchor.getName() + ")");
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(Arrays.stream(line.split("\t")).map(String::trim).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading lexicon " + resource, e);
        }
        return rows;
    }

    /** The {@code |}-separated alternatives of column {@code i} of a row, or none when the row is shorter. */
    public static List<String> alternatives(List<String> row, int i) {
        if (i >= row.size() || row.get(i).isEmpty()) {
            return List.of();
        }
        return Arrays.stream(row.get(i).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
