package org.newsgraph.mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Comparison of personal names: the normalised words of a name, and whether two names can be the same person.
 * Stateless and thread-safe.
 *
 * <p>Two full names match when one, without initials, is the other or a contiguous part of it ("Shia al-Sudani" in
 * "Mohammed Shia al-Sudani", "Anthony Blinken" and "Anthony J. Blinken"), or shares its first and last words
 * ("João Lourenço", "João Manuel Gonçalves Lourenço"). A part that starts right after a patronymic particle is the
 * father's name, not the person's: "Abdullah II" is not "Al Hussein bin Abdullah II".
 */
public final class PersonNames {
    private static final Set<String> PATRONYMIC = Set.of("bin", "ibn", "bint", "ben", "binti", "ould", "walad");
    private static final Set<String> ARTICLE_PREFIXES = Set.of("al", "el", "ad", "as", "ash", "at", "az", "ul");

    private PersonNames() {
    }

    /**
     * The comparison words of a name: lower case, accents removed, hyphenated parts split, initials and
     * possessive endings dropped. "Mohammed Shia' al-Sudani" gives [mohammed, shia, al, sudani].
     */
    public static List<String> key(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.length() == 2 && w.charAt(1) == '.') {
                continue;
            }
            String s = Normalizer.normalize(w, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT).replace('’', '\'');
            s = s.replaceAll("'s$", "").replaceAll("[^\\p{L}\\p{N}-]", "");
            for (String part : s.split("-")) {
                if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** Whether two multi-word names can name the same person (see the class comment). */
    public static boolean sameFullName(List<String> a, List<String> b) {
        List<String> x = key(a);
        List<String> y = key(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = x.size() <= y.size() ? y : x;
        if (shorter.size() < 2) {
            return false;
        }
        for (int i = 0; i + shorter.size() <= longer.size(); i++) {
            if (longer.subList(i, i + shorter.size()).equals(shorter)
                    && (i == 0 || !PATRONYMIC.contains(longer.get(i - 1)))) {
                return true;
            }
        }
        return shorter.get(0).equals(longer.get(0))
                && shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1));
    }

    /**
     * Whether a one-word mention ("Blinken", "Sudani", "Lula") can name the person with these full-name words,
     * and how well: 2 for the surname (last word), 1 for another word, 0 for none. Words after a patronymic
     * particle never match.
     */
    public static int singleWordMatch(String word, List<String> fullName) {
        List<String> w = key(List.of(word));
        if (w.isEmpty()) {
            return 0;
        }
        String target = w.get(w.size() - 1);
        List<String> k = key(fullName);
        int score = 0;
        for (int i = 0; i < k.size(); i++) {
            if (i > 0 && PATRONYMIC.contains(k.get(i - 1))) {
                break;
            }
            if (ARTICLE_PREFIXES.contains(k.get(i)) || PATRONYMIC.contains(k.get(i))) {
                continue;
            }
            if (k.get(i).equals(target)) {
                score = i == lastNameIndex(k) ? 2 : Math.max(score, 1);
            }
        }
        return score;
    }

    private static int lastNameIndex(List<String> k) {
        int i = k.size() - 1;
        while (i > 0 && k.get(i).matches("(i|ii|iii|iv|v|vi|vii|viii|ix|x|jr|sr)")) {
            i--;
        }
        return i;
    }
}
