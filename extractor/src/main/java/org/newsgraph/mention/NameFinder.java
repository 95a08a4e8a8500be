package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.Span;

/**
 * Finds personal names in a sentence: runs of capitalised words, with name particles inside ("Mohammed bin
 * Abdulrahman Al Thani", "Luiz Inácio Lula da Silva"), initials ("D. B. Venkatesh Varma") and suffixes ("Abdullah
 * II"), that are not places, bodies, titles, honorifics or dates. Rejects, generically, runs that end in a place or
 * body word ("Liberty Island"), that are followed by "of"/"for" and a capitalised word ("Horn of Africa") or by a
 * collective noun ("Tupac Amaru rebels"), unless a title or honorific stands before them. A single word is returned
 * too; whether it is a person is decided with the rest of the article ({@link CoreferenceResolver}). Immutable and
 * thread-safe.
 */
public final class NameFinder {
    private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", "-", "–", "—", ":", ";");

    private final NameWords words;
    private final TitleFinder titles;

    public NameFinder(NameWords words, TitleFinder titles) {
        this.words = words;
        this.titles = titles;
    }

    /**
     * The names of a sentence.
     *
     * @param blocked tokens that belong to something else (places, bodies, dates): {@code blocked[i]} true
     */
    public List<NameMention> find(Sentence sentence, List<TitleMention> titleMentions, boolean[] blocked) {
        List<Token> tokens = sentence.tokens();
        boolean[] taken = blocked.clone();
        boolean[] titleEnd = new boolean[tokens.size() + 1];
        for (TitleMention t : titleMentions) {
            for (int k = t.start(); k < t.end(); k++) {
                taken[k] = true;
            }
            titleEnd[t.end()] = true;
        }
        List<NameMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (taken[i]) {
                i++;
                continue;
            }
            // honorifics before a name: "Mr", "Dr.", "General"
            int h = i;
            while (h < tokens.size() && !taken[h]) {
                var end = titles.honorificEnd(tokens, h);
                if (end.isEmpty()) {
                    break;
                }
                h = end.get();
            }
            int start = h;
            int end = runEnd(tokens, start, taken);
            if (end == start) {
                i = Math.max(h, i + 1);
                continue;
            }
            boolean afterHonorific = start > i;
            boolean afterTitle = afterHonorific || titleBefore(tokens, i, titleEnd);
            if (accept(sentence, tokens, i, start, end, afterTitle)) {
                List<String> ws = new ArrayList<>();
                List<Span> spans = new ArrayList<>();
                for (int k = start; k < end; k++) {
                    ws.add(tokens.get(k).text());
                    spans.add(tokens.get(k).span());
                }
                String honorific = afterHonorific ? text(tokens, i, start) : "";
                Span span = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
                out.add(new NameMention(sentence.index(), i, start, end, span, ws, spans, afterTitle, honorific));
            }
            i = end;
        }
        return out;
    }

    /** True when a title ends right before token {@code i}, or before ", " at i-1 (apposition "Prime Minister, Dr. X"). */
    private static boolean titleBefore(List<Token> tokens, int i, boolean[] titleEnd) {
        if (titleEnd[i]) {
            return true;
        }
        return i >= 1 && tokens.get(i - 1).text().equals(",") && titleEnd[i - 1];
    }

    private int runEnd(List<Token> tokens, int start, boolean[] taken) {
        int k = start;
        while (k < tokens.size() && !taken[k]) {
            Token t = tokens.get(k);
            if (nameWord(t)) {
                k++;
                if (words.suffix(t.text()) && k > start + 1) {
                    break;
                }
            } else if (k > start && words.particle(t.text()) && k + 1 < tokens.size() && !taken[k + 1]
                    && nameWord(tokens.get(k + 1))) {
                k++;
            } else if (k > start && initial(t)) {
                k++;
            } else if (k == start && initial(t) && k + 1 < tokens.size() && (nameWord(tokens.get(k + 1))
                    || initial(tokens.get(k + 1)))) {
                k++;
            } else {
                break;
            }
        }
        // a run never ends on a particle or an initial
        while (k > start && (words.particle(tokens.get(k - 1).text()) || initial(tokens.get(k - 1)))) {
            k--;
        }
        return k;
    }

    private boolean accept(Sentence sentence, List<Token> tokens, int from, int start, int end, boolean afterTitle) {
        Token first = tokens.get(start);
        boolean sentenceInitial = from == 0 || OPENERS.contains(tokens.get(from - 1).text());
        // "Putting Vioxx back ...": a capitalised gerund opening the sentence is no part of a name
        if (sentenceInitial && !afterTitle && first.text().endsWith("ing") && first.pos().equals("VERB")) {
            return false;
        }
        if (sentenceInitial && !afterTitle && !first.isProperNoun() && end - start == 1) {
            return false;
        }
        if (words.suffix(first.text())) {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (allCaps(tokens.get(k).text()) && !words.suffix(tokens.get(k).text())) {
                return false;
            }
        }
        if (words.head(tokens.get(end - 1).text()) && !words.suffix(tokens.get(end - 1).text())) {
            return false;
        }
        if (afterTitle) {
            return true;
        }
        if (start > 0 && Set.of("the", "a", "an").contains(tokens.get(start - 1).lower())) {
            return false;
        }
        // "met in Citta della Pieve": after a preposition of place, an unknown name is a place, not a person
        if (start > 0 && Set.of("in", "at", "near", "outside").contains(tokens.get(start - 1).lower())
                && !(end < tokens.size() && tokens.get(end).isPossessive())) {
            return false;
        }
        // the end of a longer proper name: "Line of Actual Control", "Horn of Africa"
        if (start > 1 && Set.of("of", "for", "de", "del").contains(tokens.get(start - 1).lower())
                && TitleFinder.isCapitalized(tokens.get(start - 2))) {
            return false;
        }
        if (end + 1 < tokens.size() && Set.of("of", "for").contains(tokens.get(end).lower())
                && TitleFinder.isCapitalized(tokens.get(end + 1))) {
            return false;
        }
        if (end < tokens.size() && words.collective(tokens.get(end).text())
                && !TitleFinder.isCapitalized(tokens.get(end))) {
            return false;
        }
        return true;
    }

    /** A capitalised word that can be part of a name, or "al-Sudani"-like particle compounds. */
    boolean nameWord(Token t) {
        String s = t.text();
        if (s.isEmpty() || words.nonName(s) || s.toLowerCase(java.util.Locale.ROOT).contains("-year-old")) {
            return false;
        }
        int c = s.codePointAt(0);
        if (Character.isUpperCase(c)) {
            long letters = s.codePoints().filter(Character::isLetter).count();
            if (letters < 2 && !words.suffix(s)) {
                return false;
            }
            return s.codePoints().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '’'
                    || ch == '.');
        }
        int dash = s.indexOf('-');
        return dash > 0 && words.particle(s.substring(0, dash)) && dash + 1 < s.length()
                && Character.isUpperCase(s.codePointAt(dash + 1));
    }

    /** "J." or "D." */
    static boolean initial(Token t) {
        String s = t.text();
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.';
    }

    private static boolean allCaps(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && !s.endsWith(".");
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }
}
