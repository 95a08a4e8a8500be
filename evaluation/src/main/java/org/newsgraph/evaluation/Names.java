package org.newsgraph.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * score.py's {@code Names}: maps a system's surface name to a gold person, or {@code null}. Every normalised form
 * of a gold name or alias, with and without leading honorifics, that belongs to exactly one gold person is kept,
 * in a table of multi-word forms and one of single words. A form shared by two persons ("assad" for two Assads)
 * names neither. Immutable, thread-safe. Not API.
 */
final class Names {
    private final Map<String, String> full = new HashMap<>();
    private final Map<String, String> single = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();

    Names(Gold gold) {
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        for (Gold.Person p : gold.persons()) {
            for (String form : concat(p.name(), p.aliases())) {
                String n = MatchRules.norm(form);
                for (String v : new LinkedHashSet<>(List.of(n, MatchRules.stripHonorifics(n)))) {
                    owners.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(p.name());
                }
            }
        }
        owners.forEach((form, who) -> {
            if (who.size() == 1) {
                (form.contains(" ") ? full : single).put(form, who.iterator().next());
            }
        });
        for (String n : gold.ignorePersons()) {
            ignored.add(MatchRules.norm(n));
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * {@code find(*names)}: for each name in turn, its multi-word forms (as is, then without honorifics), then its
     * single-word forms; the first hit wins.
     */
    String find(List<String> names) {
        for (String name : names) {
            String n = MatchRules.norm(name);
            String s = MatchRules.stripHonorifics(n);
            String hit = full.containsKey(n) ? full.get(n) : full.get(s);
            if (hit == null) {
                hit = single.containsKey(n) ? single.get(n) : single.get(s);
            }
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    String find(String name) {
        return find(Collections.singletonList(name));
    }

    /** {@code ignored_name(name)}: the normalised name is in {@code ignore_persons}. */
    boolean ignoredName(String name) {
        return ignored.contains(MatchRules.norm(name));
    }
}
