package org.newsgraph.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * score.py's string rules: name normalisation ({@code norm}), honorific stripping, the demonym table, and the
 * place and role matching built on them. Each method is a line-by-line port of the Python function of the same
 * name. Stateless, thread-safe.
 *
 * <pre>{@code
 * MatchRules.norm("Mr. Erdoğan’s")          // "mr erdogan"
 * MatchRules.stripHonorifics("mr erdogan")  // "erdogan"
 * }</pre>
 */
public final class MatchRules {
    /** Leading words that {@link #stripHonorifics} drops (while more than one word is left). */
    public static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sec", "secretary", "president",
            "king", "queen", "prince", "crown", "minister", "prime", "sir", "sheikh", "gen", "general");

    /** Normalised demonym or short form to the normalised country it names. */
    public static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("us", "united states"), Map.entry("american", "united states"),
            Map.entry("palestinian", "palestine"), Map.entry("israeli", "israel"), Map.entry("turkish", "turkey"),
            Map.entry("jordanian", "jordan"), Map.entry("iraqi", "iraq"), Map.entry("qatari", "qatar"),
            Map.entry("japanese", "japan"), Map.entry("south korean", "south korea"),
            Map.entry("korean", "south korea"), Map.entry("egyptian", "egypt"), Map.entry("saudi", "saudi arabia"),
            Map.entry("emirati", "united arab emirates"), Map.entry("british", "united kingdom"),
            Map.entry("uk", "united kingdom"), Map.entry("french", "france"), Map.entry("german", "germany"),
            Map.entry("chinese", "china"), Map.entry("russian", "russia"), Map.entry("indian", "india"),
            Map.entry("ukrainian", "ukraine"), Map.entry("iranian", "iran"), Map.entry("syrian", "syria"),
            Map.entry("lebanese", "lebanon"), Map.entry("canadian", "canada"), Map.entry("italian", "italy"),
            Map.entry("spanish", "spain"), Map.entry("australian", "australia"), Map.entry("mexican", "mexico"),
            Map.entry("brazilian", "brazil"), Map.entry("pakistani", "pakistan"),
            Map.entry("afghan", "afghanistan"), Map.entry("polish", "poland"), Map.entry("dutch", "netherlands"),
            Map.entry("greek", "greece"), Map.entry("cypriot", "cyprus"), Map.entry("kenyan", "kenya"),
            Map.entry("nigerian", "nigeria"), Map.entry("south african", "south africa"),
            Map.entry("indonesian", "indonesia"), Map.entry("philippine", "philippines"),
            Map.entry("vietnamese", "vietnam"), Map.entry("thai", "thailand"),
            Map.entry("north korean", "north korea"), Map.entry("swedish", "sweden"),
            Map.entry("norwegian", "norway"), Map.entry("finnish", "finland"), Map.entry("danish", "denmark"),
            Map.entry("belgian", "belgium"), Map.entry("swiss", "switzerland"), Map.entry("austrian", "austria"),
            Map.entry("hungarian", "hungary"), Map.entry("czech", "czech republic"),
            Map.entry("romanian", "romania"), Map.entry("bulgarian", "bulgaria"), Map.entry("serbian", "serbia"),
            Map.entry("croatian", "croatia"), Map.entry("armenian", "armenia"),
            Map.entry("azerbaijani", "azerbaijan"), Map.entry("georgian", "georgia"),
            Map.entry("kazakh", "kazakhstan"), Map.entry("uzbek", "uzbekistan"), Map.entry("mongolian", "mongolia"),
            Map.entry("emirates", "united arab emirates"), Map.entry("uae", "united arab emirates"));

    private MatchRules() {
    }

    /**
     * {@code norm(s)}: NFKD, combining marks dropped, lower case, {@code ’} to {@code '}, hyphens to spaces,
     * {@code 's} before a word boundary dropped, anything but {@code [a-z0-9 ]} to a space, spaces collapsed and
     * trimmed. {@code null} gives {@code ""}.
     */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String nfkd = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(nfkd.length());
        nfkd.codePoints().filter(c -> !PyText.isCombining(c)).forEach(kept::appendCodePoint);
        String t = PyText.lower(kept.toString()).replace('\u2019', '\'').replace('-', ' ');
        t = dropPossessives(t);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = true; // collapses runs and drops leading spaces
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                b.append((char) c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    /** {@code re.sub(r"'s\b", "", s)}: the {@code s} is a word character, so the boundary is a non-word or the end. */
    private static String dropPossessives(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("'s", i)) {
                int after = i + 2;
                if (after == s.length() || !PyText.isWordChar(s.codePointAt(after))) {
                    i = after;
                    continue;
                }
            }
            b.append(s.charAt(i));
            i++;
        }
        return b.toString();
    }

    /** {@code strip_honorifics(n)} of a normalised name: leading honorifics dropped while more than one word is left. */
    public static String stripHonorifics(String normalised) {
        List<String> toks = splitWords(normalised);
        int from = 0;
        while (toks.size() - from > 1 && HONORIFICS.contains(toks.get(from))) {
            from++;
        }
        return String.join(" ", toks.subList(from, toks.size()));
    }

    /** {@code s.split()}: words between runs of Python whitespace. */
    static List<String> splitWords(String s) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && PyText.isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < s.length() && !PyText.isSpace(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    private static String demonym(String s) {
        return DEMONYMS.getOrDefault(s, s);
    }

    /** {@code place_forms(gold, name)}: the normalised name and its aliases in the gold {@code places}. */
    static Set<String> placeForms(Gold gold, String name) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(norm(name));
        for (String alias : gold.places().getOrDefault(name, List.of())) {
            forms.add(norm(alias));
        }
        return forms;
    }

    /**
     * {@code place_match(gold, system, wanted, also)}: whether a system's place or organisation label names the
     * wanted gold place (or one of {@code also}): equal after normalisation, through a gold alias or a demonym, or
     * one ending in the other as a whole word ("Government of Turkey" names "Turkey").
     */
    public static boolean placeMatch(Gold gold, String system, String wanted, List<String> also) {
        String s = demonym(norm(system));
        List<String> candidates = new ArrayList<>();
        candidates.add(wanted);
        candidates.addAll(also);
        for (String w : candidates) {
            if (w == null) {
                continue;
            }
            Set<String> forms = placeForms(gold, w);
            if (forms.contains(s) || forms.stream().anyMatch(f -> demonym(f).equals(s))) {
                return true;
            }
            if (!s.isEmpty() && forms.stream().anyMatch(f -> !f.isEmpty()
                    && (s.endsWith(" " + f) || f.endsWith(" " + s)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code role_match(system, wanted, aliases)}: the system role (normalised, honorifics stripped) equals the gold
     * role or an alias, contains one as whole words, or is contained in one as whole words and is longer than three
     * characters.
     */
    public static boolean roleMatch(String system, String wanted, List<String> aliases) {
        String s = system != null && !system.isEmpty() ? stripHonorifics(norm(system)) : "";
        List<String> candidates = new ArrayList<>();
        candidates.add(wanted);
        if (aliases != null) {
            candidates.addAll(aliases);
        }
        for (String raw : candidates) {
            String w = norm(raw);
            if (s.equals(w) || (!s.isEmpty() && containsWords(s, w))
                    || (!s.isEmpty() && containsWords(w, s) && s.length() > 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code re.search(r"\b" + re.escape(needle) + r"\b", hay)} for normalised strings (only {@code [a-z0-9]} and
     * single inner spaces): an empty needle matches at any boundary, i.e. whenever hay has a word character.
     */
    static boolean containsWords(String hay, String needle) {
        if (needle.isEmpty()) {
            return !hay.isEmpty();
        }
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            boolean before = boundary(i == 0 ? ' ' : hay.charAt(i - 1), needle.charAt(0));
            boolean after = boundary(needle.charAt(needle.length() - 1), end == hay.length() ? ' ' : hay.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(char left, char right) {
        return isWord(left) != isWord(right);
    }

    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }
}
