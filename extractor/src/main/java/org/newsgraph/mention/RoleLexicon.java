package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Token;

/**
 * The lexicon of roles ("Secretary of State", "Foreign Minister") and honorifics ("Mr", "Dr.", "General") that
 * stand before names, from {@code roles.tsv}, {@code portfolios.tsv} and {@code honorifics.tsv}. Ministers and
 * secretaries with a portfolio are composed: "Minister of Foreign Affairs", "Foreign Affairs Minister" and
 * "Foreign Minister" all give the role "Foreign Minister"; British "P Secretary" gives the portfolio's canonical
 * name ("Defence Secretary"); American "Secretary of P" keeps the portfolio as written ("Secretary of Defense").
 * Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class RoleLexicon {
    /** Whether a phrase names an office or is only a form of address or rank. */
    public enum Kind { ROLE, HONORIFIC }

    /**
     * A lexicon entry: the canonical form ("Foreign Minister"), its kind, and the body the role belongs to when
     * the text names none (only for roles one government uses: "Secretary of State").
     */
    public record Entry(String canonical, Kind kind, Optional<EntityRef> defaultBody) {
        Entry(String canonical, Kind kind) {
            this(canonical, kind, Optional.empty());
        }
    }

    private static final EntityRef UNITED_STATES = new EntityRef(EntityType.COUNTRY, "country/us", "United States");

    private static final class Holder {
        static final RoleLexicon STANDARD = load();
    }

    private final PhraseTrie<Entry> trie;

    private RoleLexicon(PhraseTrie<Entry> trie) {
        this.trie = trie;
    }

    public static RoleLexicon standard() {
        return Holder.STANDARD;
    }

    /** The longest role or honorific starting at token {@code i}. */
    public Optional<PhraseTrie.Match<Entry>> at(List<Token> tokens, int i) {
        return trie.longestAt(tokens, i);
    }

    private static RoleLexicon load() {
        PhraseTrie.Builder<Entry> b = PhraseTrie.builder();
        // For a phrase listed twice the first entry wins, so roles are added before honorifics.
        for (List<String> row : LexiconFiles.rows(RoleLexicon.class, "roles.tsv")) {
            Optional<EntityRef> body = Optional.empty();
            if (row.size() > 2 && !row.get(2).isEmpty()) {
                String[] kv = row.get(2).split(":", 2);
                body = Optional.of(new EntityRef(EntityType.COUNTRY, kv[0], kv[1]));
            }
            Entry e = new Entry(row.get(0), Kind.ROLE, body);
            b.add(row.get(0), e);
            for (String form : LexiconFiles.alternatives(row, 1)) {
                b.add(form, e);
            }
        }
        for (List<String> row : LexiconFiles.rows(RoleLexicon.class, "portfolios.tsv")) {
            String p = row.get(0);
            Entry minister = new Entry(p + " Minister", Kind.ROLE);
            Entry secretary = new Entry(p + " Secretary", Kind.ROLE);
            for (String form : concat(p, LexiconFiles.alternatives(row, 1))) {
                b.add(form + " Minister", minister);
                b.add(form + " Affairs Minister", minister);
                b.add("Minister of " + form, minister);
                b.add("Minister of the " + form, minister);
                b.add("Minister for " + form, minister);
                b.add(form + " Secretary", secretary);
                // "Secretary of Defense", "Secretary of the Treasury": the United States' cabinet titles
                Entry usSecretary = new Entry("Secretary of " + titleCase(form), Kind.ROLE, Optional.of(UNITED_STATES));
                b.add("Secretary of " + form, usSecretary);
                b.add("Secretary of the " + form, usSecretary);
                b.add("Secretary for " + form, new Entry("Secretary for " + titleCase(form), Kind.ROLE));
            }
        }
        // A frequent typo of wire copy ("Foreign Minster") composes like the real word.
        for (List<String> row : LexiconFiles.rows(RoleLexicon.class, "portfolios.tsv")) {
            Entry minister = new Entry(row.get(0) + " Minister", Kind.ROLE);
            for (String form : concat(row.get(0), LexiconFiles.alternatives(row, 1))) {
                b.add(form + " Minster", minister);
            }
        }
        b.add("Minster", new Entry("Minister", Kind.ROLE));
        for (List<String> row : LexiconFiles.rows(RoleLexicon.class, "honorifics.tsv")) {
            b.add(row.get(0), new Entry(row.get(0), Kind.HONORIFIC));
        }
        return new RoleLexicon(b.build());
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    static String titleCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean minor = List.of("of", "and", "the", "for").contains(w.toLowerCase(Locale.ROOT));
            out.append(minor ? w.toLowerCase(Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
