package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.lexicon.TextUnits.Kind;
import org.newsgraph.lexicon.TextUnits.Unit;
import org.newsgraph.text.Span;

/**
 * A trie of names over folded units, with the case rules of each name, and the longest-match scan over a
 * sentence. Filled once while the gazetteer loads, read-only afterwards, so safe to share between threads.
 */
final class NameTrie {
    /** How the case of a text unit must relate to the listed name's unit. */
    private enum CaseRule {
        /** Listed in lower case ("of", "al"): any case. */
        ANY,
        /** Listed in title case ("Jordan"): title case or all capitals, never lower case. */
        TITLE,
        /** Listed as an acronym or mixed-case word ("US", "AfD"): exactly as listed, accents aside. */
        EXACT
    }

    /** A name ending at a trie node. */
    private record Terminal(GazetteerEntry entry, boolean demonym, String name, CaseRule[] rules, String[] exact,
                            boolean endsWithDot, boolean shortAcronym) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Terminal> terminals = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final List<String> duplicates = new ArrayList<>();

    /** Adds a name; returns false when the name has no word to match on. */
    boolean add(String name, GazetteerEntry entry, boolean demonym) {
        List<Unit> units = TextUnits.of(name);
        if (units.isEmpty() || units.stream().anyMatch(u -> u.kind() == Kind.BARRIER) || !units.getFirst().isWord()) {
            return false;
        }
        CaseRule[] rules = new CaseRule[units.size()];
        String[] exact = new String[units.size()];
        int letters = 0;
        boolean allExactUpper = true;
        Node node = root;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            String text = u.text();
            if (!u.isWord() || TextUnits.isAllLower(text)) {
                rules[i] = CaseRule.ANY;
                allExactUpper &= !u.isWord();
            } else if (TextUnits.isTitle(text)) {
                rules[i] = CaseRule.TITLE;
                allExactUpper = false;
            } else {
                rules[i] = CaseRule.EXACT;
                exact[i] = TextUnits.stripAccents(text);
                allExactUpper &= TextUnits.isAllUpper(text);
            }
            if (u.isWord()) {
                letters += (int) text.chars().filter(Character::isLetter).count();
            }
            node = node.children.computeIfAbsent(u.fold(), k -> new Node());
        }
        boolean generic = entry.has(GazetteerEntry.Flag.GENERIC);
        for (Terminal t : node.terminals) {
            if (t.entry() != entry && t.demonym() == demonym && t.name().equals(name)
                    && !generic && !t.entry().has(GazetteerEntry.Flag.GENERIC)) {
                duplicates.add("\"" + name + "\": " + t.entry().key() + " and " + entry.key());
            }
            if (t.entry() == entry && t.demonym() == demonym && t.name().equals(name)) {
                return true;
            }
        }
        boolean shortAcronym = allExactUpper && letters <= 3 && name.indexOf('.') < 0;
        Terminal terminal = new Terminal(entry, demonym, name, rules, exact, name.endsWith("."), shortAcronym);
        if (generic) {
            node.terminals.add(terminal);
        } else {
            // a national body takes its bare name from the generic one ("Democratic Party": the US party)
            int at = 0;
            while (at < node.terminals.size() && !node.terminals.get(at).entry().has(GazetteerEntry.Flag.GENERIC)) {
                at++;
            }
            node.terminals.add(at, terminal);
        }
        return true;
    }

    /** Names listed for more than one entry, for review: the first listed wins. */
    List<String> duplicates() {
        return List.copyOf(duplicates);
    }

    /** The first entry whose name is exactly this string (case rules relaxed for non-acronyms). */
    GazetteerEntry lookup(String name, boolean demonym) {
        List<Unit> units = TextUnits.of(name);
        Node node = root;
        for (Unit u : units) {
            if (u.kind() == Kind.BARRIER) {
                return null;
            }
            node = node.children.get(u.fold());
            if (node == null) {
                return null;
            }
        }
        for (Terminal t : node.terminals) {
            if (t.demonym() == demonym && acceptsLoosely(t, units)) {
                return t.entry();
            }
        }
        return null;
    }

    /** Greedy longest matches, left to right, never overlapping. */
    List<NameMatch> scan(CharSequence text, List<Span> tokens) {
        List<Unit> units = TextUnits.of(text, tokens);
        int n = units.size();
        List<NameMatch> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        boolean shouting = isShouting(units);
        int firstWord = -1;
        for (int i = 0; i < n && firstWord < 0; i++) {
            if (units.get(i).isWord()) {
                firstWord = i;
            }
        }
        int i = 0;
        while (i < n) {
            Unit start = units.get(i);
            if (!start.isWord() || start.afterApostrophe()) {
                i++;
                continue;
            }
            Terminal best = null;
            int bestEnd = -1;
            Node node = root;
            for (int j = i; j < n; j++) {
                Unit u = units.get(j);
                if (u.kind() == Kind.BARRIER) {
                    break;
                }
                node = node.children.get(u.fold());
                if (node == null) {
                    break;
                }
                for (Terminal t : node.terminals) {
                    if (accepts(t, units, i, shouting, i == firstWord)) {
                        best = t;
                        bestEnd = j + 1;
                        break;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Unit last = units.get(bestEnd - 1);
            int end = last.end();
            Span lastToken = tokens.get(last.token());
            if (best.endsWithDot() && end < lastToken.end() && end < text.length() && text.charAt(end) == '.') {
                end++;
            }
            out.add(new NameMatch(best.entry(), best.demonym(), best.name(), new Span(start.begin(), end),
                    start.token(), last.token() + 1));
            i = bestEnd;
        }
        return out;
    }

    private static boolean accepts(Terminal t, List<Unit> units, int from, boolean shouting, boolean sentenceStart) {
        if (shouting && t.shortAcronym()) {
            return false;
        }
        if (sentenceStart && t.entry().has(GazetteerEntry.Flag.COMMON_WORD)) {
            return false;
        }
        for (int k = 0; k < t.rules().length; k++) {
            String text = units.get(from + k).text();
            switch (t.rules()[k]) {
                case ANY -> { }
                case TITLE -> {
                    if (!TextUnits.isTitle(text) && !(text.length() > 1 && TextUnits.isAllUpper(text))) {
                        return false;
                    }
                }
                case EXACT -> {
                    if (!TextUnits.stripAccents(text).equals(t.exact()[k])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean acceptsLoosely(Terminal t, List<Unit> units) {
        for (int k = 0; k < t.rules().length; k++) {
            if (t.rules()[k] == CaseRule.EXACT && !TextUnits.stripAccents(units.get(k).text()).equals(t.exact()[k])) {
                return false;
            }
        }
        return true;
    }

    /** Most words of two or more letters in capitals: a shouted headline, where "US" may be the pronoun. */
    private static boolean isShouting(List<Unit> units) {
        int words = 0;
        int upper = 0;
        for (Unit u : units) {
            if (u.isWord() && u.text().length() > 1 && u.text().chars().anyMatch(Character::isLetter)) {
                words++;
                if (TextUnits.isAllUpper(u.text())) {
                    upper++;
                }
            }
        }
        return words >= 3 && upper * 4 >= words * 3;
    }
}
