package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as written, taken apart for matching across articles: accents, case and punctuation removed,
 * leading titles ("Mr", "President", "King") dropped, initials set aside, particles ("al", "bin", "de", "van")
 * ignored. Immutable.
 *
 * <pre>{@code
 * PersonName.parse("Anthony J. Blinken").exactKey()  // "anthonyblinken"
 * PersonName.parse("Bashar al-Assad").surname()      // "assad"
 * PersonName.parse("King Abdullah II").isFull()      // true: content words [abdullah, ii]
 * PersonName.parse("Kremlin spokesman Dmitry Peskov").display()  // "Dmitry Peskov"
 * }</pre>
 *
 * @param written  the name as the article wrote it
 * @param display  the name without leading titles, as written ("King Abdullah II" gives "Abdullah II")
 * @param content  the normalised words that identify the person: no titles, initials or particles; regnal and
 *                 generational suffixes ("II", "Jr") kept
 * @param initials the initials, in order ("j" for "Anthony J. Blinken")
 * @param core     the content words without suffixes ("Abdullah II" gives [abdullah])
 * @param surname  the last core word: the family name in Western order; empty when none
 */
public record PersonName(String written, String display, List<String> content, String initials, List<String> core,
                         String surname) {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mme", "dr", "prof", "professor",
            "sir", "dame", "lord", "lady", "president", "vice", "prime", "minister", "secretary", "sec", "king",
            "queen", "prince", "princess", "crown", "emir", "sheikh", "sheik", "sultan", "gen", "general", "col",
            "colonel", "lt", "maj", "major", "capt", "captain", "adm", "admiral", "marshal", "sen", "senator", "rep",
            "representative", "gov", "governor", "mayor", "chancellor", "premier", "pope", "ambassador", "deputy",
            "foreign", "defense", "defence", "state", "former", "the", "his", "her", "excellency", "hon",
            "honourable", "honorable", "rev", "reverend", "judge", "justice", "chairman", "chief", "commissioner",
            "director", "spokesman", "spokeswoman", "spokesperson", "envoy", "ayatollah", "majesty", "highness",
            "royal", "eminence", "holiness", "sheikha", "messrs", "supreme", "leader", "elect", "counsellor",
            "counselor", "adviser", "advisor");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "de", "da", "di", "du",
            "del", "della", "dos", "das", "van", "von", "der", "den", "le", "la", "ul");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼ]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii");

    public PersonName {
        content = List.copyOf(content);
        core = List.copyOf(core);
    }

    /** Takes a written name apart. Never fails: a name with no letters has no content words. */
    public static PersonName parse(String written) {
        String[] words = SPACES.split(written.trim());
        int start = 0;
        while (start < words.length - 1 && isTitle(words[start])) {
            start++;
        }
        // "Kremlin spokesman Dmitry Peskov", "US Secretary of State Antony Blinken": a few words that end with a
        // title, then two or more name words; "Martin Luther King Jr." keeps its words (one word after "King")
        for (int k = Math.min(words.length - 3, start + 5); k >= start; k--) {
            if (isTitle(words[k]) && nameWords(words, k + 1) >= 2) {
                start = k + 1;
                break;
            }
        }
        List<String> content = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (int i = start; i < words.length; i++) {
            // "al-Assad" and "Ui-chun" are two words each; "Shia'" is one
            for (String w : normalize(words[i]).split(" ")) {
                if (w.isEmpty() || PARTICLES.contains(w)) {
                    continue;
                }
                if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
                    initials.append(w);
                } else {
                    content.add(w);
                }
            }
        }
        String display = String.join(" ", Arrays.asList(words).subList(start, words.length));
        List<String> core = content.stream().filter(w -> !SUFFIXES.contains(w)).toList();
        return new PersonName(written, display, content, initials.toString(), core,
                core.isEmpty() ? "" : core.get(core.size() - 1));
    }

    private static int nameWords(String[] words, int from) {
        int n = 0;
        for (int i = from; i < words.length; i++) {
            if (isTitle(words[i])) {
                return 0;
            }
            for (String w : normalize(words[i]).split(" ")) {
                n += w.length() > 1 && !PARTICLES.contains(w) && !SUFFIXES.contains(w) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean isTitle(String word) {
        String n = normalize(word);
        return !n.isEmpty() && Arrays.stream(n.split(" ")).allMatch(TITLES::contains);
    }

    /**
     * Lower case, accents and apostrophes removed, every other run of non-letters and non-digits one space:
     * {@code "Erdoğan"} gives {@code "erdogan"}, {@code "al-Sudani"} {@code "al sudani"}.
     */
    public static String normalize(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        n = APOSTROPHES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("");
        return NOT_ALNUM.matcher(n).replaceAll(" ").trim();
    }

    /** Two or more content words: a full name, not a lone surname. */
    public boolean isFull() {
        return content.size() >= 2;
    }

    /** One content word ("Erdogan", "al-Assad"). */
    public boolean isSingle() {
        return content.size() == 1;
    }

    /** The content words run together: equal keys are the same name ("Pak Ui Chun" and "Pak Ui-chun"). */
    public String exactKey() {
        return String.join("", content);
    }

    /** The spelling skeleton of the content words, joined by spaces (see {@link #skeleton(String)}). */
    public String skeletonKey() {
        return String.join(" ", content.stream().map(PersonName::skeleton).toList());
    }

    /**
     * A word's spelling skeleton, the same for common transliteration variants: "Antony"/"Anthony",
     * "Sargsian"/"Sargsyan", "Mohammed"/"Muhammad", "Zelensky"/"Zelenskyy". Digraphs folded (ph f, th t, kh k,
     * gh g, dh d, ck k), c and q as k, w as v, y as i, an h after a vowel dropped, doubled letters single, every
     * run of vowels one "a".
     */
    public static String skeleton(String word) {
        String s = word.replace("ph", "f").replace("th", "t").replace("kh", "k").replace("gh", "g")
                .replace("dh", "d").replace("ck", "k").replace("ch", "\u00e7").replace('c', 'k').replace('q', 'k')
                .replace('w', 'v').replace('y', 'i');
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'h' && i > 0 && isVowel(s.charAt(i - 1)) && (i + 1 >= s.length() || !isVowel(s.charAt(i + 1)))) {
                continue;
            }
            char out = isVowel(c) ? 'a' : c;
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) == out) {
                continue;
            }
            sb.append(out);
        }
        return sb.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
