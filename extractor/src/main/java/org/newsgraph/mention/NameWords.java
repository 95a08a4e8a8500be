package org.newsgraph.mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code name-words.tsv}: name particles, suffixes, the heads and collective nouns that mark a
 * capitalised run as a place or body, and capitalised words that are never names. Immutable, thread-safe.
 */
public final class NameWords {
    private static final class Holder {
        static final NameWords STANDARD = new NameWords();
    }

    private final Map<String, Set<String>> lists = new HashMap<>();

    private NameWords() {
        for (List<String> row : LexiconFiles.rows(NameWords.class, "name-words.tsv")) {
            Set<String> words = new HashSet<>();
            for (String w : LexiconFiles.alternatives(row, 1)) {
                words.add(row.get(0).equals("suffixes") ? w : w.toLowerCase(Locale.ROOT));
            }
            lists.put(row.get(0), Set.copyOf(words));
        }
    }

    public static NameWords standard() {
        return Holder.STANDARD;
    }

    public boolean particle(String w) {
        return list("particles").contains(w.toLowerCase(Locale.ROOT));
    }

    /** Case-sensitive: "II" ends a name, "ii" does not. */
    public boolean suffix(String w) {
        return list("suffixes").contains(w);
    }

    public boolean head(String w) {
        return list("heads").contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean collective(String w) {
        return list("collectives").contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean nonName(String w) {
        return list("nonnames").contains(w.toLowerCase(Locale.ROOT));
    }

    private Set<String> list(String name) {
        Set<String> s = lists.get(name);
        if (s == null) {
            throw new IllegalStateException("name-words.tsv has no list '" + name + "'");
        }
        return s;
    }
}
