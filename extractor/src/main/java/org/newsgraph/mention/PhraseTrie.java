package org.newsgraph.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.nlp.Token;

/**
 * A longest-match dictionary of multi-word phrases over tokens, mapping each phrase to a value. Words compare
 * case- and accent-insensitively, with hyphens and spaces alike and a trailing full stop ignored
 * ("Secretary-General" = "secretary general", "Sec." = "Sec"); a phrase of three letters or fewer (PM, MP, Sec.)
 * must match its case exactly, so "pm" in "5 pm" is not a Prime Minister. Immutable once built; thread-safe.
 *
 * <pre>{@code
 * PhraseTrie<String> roles = PhraseTrie.<String>builder().add("Foreign Minister", "Foreign Minister").build();
 * roles.longestAt(tokens, 3)  // a Match spanning tokens 3..5 when they read "foreign minister"
 * }</pre>
 */
public final class PhraseTrie<V> {
    /** A phrase found at tokens {@code [start, end)}. */
    public record Match<V>(int start, int end, V value) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        final List<Entry<V>> entries = new ArrayList<>(1);
    }

    private record Entry<V>(String exactForm, V value) {
    }

    private final Node<V> root;

    private PhraseTrie(Node<V> root) {
        this.root = root;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Collects phrases; not thread-safe. */
    public static final class Builder<V> {
        private final Node<V> root = new Node<>();

        public Builder<V> add(String phrase, V value) {
            List<String> words = words(phrase);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("empty phrase for value " + value);
            }
            Node<V> n = root;
            for (String w : words) {
                n = n.next.computeIfAbsent(w, k -> new Node<>());
            }
            String letters = phrase.replaceAll("[^\\p{L}]", "");
            n.entries.add(new Entry<>(letters.length() <= 3 ? phrase.replaceAll("[\\s.-]", "") : null, value));
            return this;
        }

        public PhraseTrie<V> build() {
            return new PhraseTrie<>(root);
        }
    }

    /** The longest phrase that starts at token {@code start} and ends at a token boundary. */
    public Optional<Match<V>> longestAt(List<Token> tokens, int start) {
        Node<V> n = root;
        Match<V> best = null;
        StringBuilder exact = new StringBuilder();
        for (int t = start; t < tokens.size(); t++) {
            String text = tokens.get(t).text();
            List<String> ws = words(text);
            if (ws.isEmpty()) {
                break;
            }
            for (String w : ws) {
                n = n.next.get(w);
                if (n == null) {
                    return Optional.ofNullable(best);
                }
            }
            exact.append(text.replaceAll("[\\s.-]", ""));
            for (Entry<V> e : n.entries) {
                if (e.exactForm == null || e.exactForm.contentEquals(exact)) {
                    best = new Match<>(start, t + 1, e.value);
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The comparison key of each word of a phrase or token text. */
    static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.replace('’', '\'').toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s\\-–]+")) {
            w = w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
