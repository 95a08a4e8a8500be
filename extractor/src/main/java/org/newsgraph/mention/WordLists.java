package org.newsgraph.mention;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named lists of lower-case words from a lexicon file of rows {@code name <TAB> word|word|...} (see
 * {@link LexiconFiles}). Immutable and thread-safe.
 */
public final class WordLists {
    private final String resource;
    private final Map<String, Set<String>> lists;

    private WordLists(String resource, Map<String, Set<String>> lists) {
        this.resource = resource;
        this.lists = lists;
    }

    public static WordLists load(Class<?> anchor, String resource) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (List<String> row : LexiconFiles.rows(anchor, resource)) {
            Set<String> words = new LinkedHashSet<>();
            for (String w : LexiconFiles.alternatives(row, 1)) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
            lists.put(row.get(0), Set.copyOf(words));
        }
        return new WordLists(resource, Map.copyOf(lists));
    }

    /** The list called {@code name}; a missing list is a packaging error and fails loudly. */
    public Set<String> get(String name) {
        Set<String> s = lists.get(name);
        if (s == null) {
            throw new IllegalStateException(resource + " has no list '" + name + "'");
        }
        return s;
    }

    public boolean contains(String list, String word) {
        return get(list).contains(word.toLowerCase(Locale.ROOT));
    }
}
