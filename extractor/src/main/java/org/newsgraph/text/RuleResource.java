package org.newsgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.NewsgraphException;

/**
 * Reads the rule lists that ship as class-path resources (boilerplate patterns, abbreviations, month names, ...):
 * one entry per line, blank lines and lines starting with {@code #} ignored, surrounding blanks trimmed.
 * A missing resource or a bad regular expression fails with a message naming the resource and line.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Pattern> furniture = RuleResource.patterns("/org/newsgraph/text/furniture-lines.txt");
 * }</pre>
 */
public final class RuleResource {
    private RuleResource() {
    }

    /** The entries of the resource at the absolute class-path {@code path}, in file order. */
    public static List<String> lines(String path) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries(path)) {
            out.add(e.text());
        }
        return List.copyOf(out);
    }

    /**
     * The entries of the resource compiled as regular expressions: case-insensitive, with Unicode character
     * classes (so {@code \w} matches "ć"); a pattern that needs case writes {@code (?-i:...)}.
     */
    public static List<Pattern> patterns(String path) {
        List<Pattern> out = new ArrayList<>();
        for (Entry e : entries(path)) {
            try {
                out.add(Pattern.compile(e.text(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
            } catch (PatternSyntaxException ex) {
                throw new NewsgraphException("resource " + path + ", line " + e.line() + ": bad pattern \""
                        + e.text() + "\": " + ex.getDescription(), ex);
            }
        }
        return List.copyOf(out);
    }

    private record Entry(int line, String text) {
    }

    private static List<Entry> entries(String path) {
        InputStream in = RuleResource.class.getResourceAsStream(path);
        if (in == null) {
            throw new NewsgraphException("resource " + path + " is not on the class path");
        }
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(new Entry(n, t));
                }
            }
        } catch (IOException e) {
            throw new NewsgraphException("resource " + path + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }
}
