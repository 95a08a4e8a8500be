package org.newsgraph.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.mention.LexiconFiles;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionKind;
import org.newsgraph.mention.PhraseTrie;
import org.newsgraph.mention.WordLists;
import org.newsgraph.nlp.Token;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.Span;

/**
 * Finds the stances persons take: a stance verb with its topic ("called for an immediate ceasefire", "rejected
 * calls for a ceasefire", "remains committed to a two-state solution", "denounced the attacks"), a stance noun
 * with its holder ("Abbas's request for a cease-fire", "his support for Israel's right to defend itself"), and
 * "must not be forcibly displaced" (opposes the forced act). Polarity: the verb's, turned to "opposes" when a
 * supporting verb is negated ("would not accept"). The holder is the verb's subject; when that subject is not a
 * person (a country, "the United States supports ..."), the person who said so ("Blinken stressed that ...").
 * The topic is the phrase after the verb with framing words skipped ("the possibility of", "calls for"), cut at
 * a clause boundary, mapped to a canonical label where {@code topics.tsv} has one. Immutable and thread-safe.
 */
public final class StanceExtractor {
    private static final int MAX_TOPIC_TOKENS = 10;
    private static final Set<String> OPTIONAL_PARTICLES = Set.of("object", "insist", "commit", "appeal");
    private static final Set<String> TOPIC_STOPS = Set.of("in", "at", "on", "with", "by", "against", "over",
            "during", "within", "between", "among", "from", "after", "before", "until", "since", "despite", "amid",
            "through", "across", "for", "while", "so", "because");

    private final WordLists words = WordLists.load(StanceExtractor.class, "stance-words.tsv");
    /** Particles some stance verbs need: "call for", "warn against", "rule out", "refrain from". */
    private final Map<String, String> particles = new java.util.HashMap<>();
    private final PhraseTrie<String> topics;

    public StanceExtractor() {
        for (String vp : words.get("particles")) {
            String[] x = vp.split(">");
            particles.put(x[0], x[1]);
        }
        PhraseTrie.Builder<String> b = PhraseTrie.builder();
        for (List<String> row : LexiconFiles.rows(StanceExtractor.class, "topics.tsv")) {
            b.add(row.get(0), row.get(0));
            for (String f : LexiconFiles.alternatives(row, 1)) {
                b.add(f, row.get(0));
            }
        }
        topics = b.build();
    }

    public List<StanceFact> extract(ArticleAnalysis a) {
        Map<String, StanceFact> out = new LinkedHashMap<>();
        for (int s = 0; s < a.sentences().size(); s++) {
            if (a.block(s) != BlockKind.BODY && a.block(s) != BlockKind.HEADLINE) {
                continue;
            }
            List<Token> tokens = a.tokens(s);
            for (int k = 0; k < tokens.size(); k++) {
                for (StanceFact f : at(a, s, k)) {
                    out.putIfAbsent(f.holder() + "|" + f.polarity() + "|" + f.topic(), f);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<StanceFact> at(ArticleAnalysis a, int s, int k) {
        List<Token> tokens = a.tokens(s);
        Token t = tokens.get(k);
        String lemma = t.lemmaOrText();
        String w = t.lower();
        boolean afterAuxiliary = k > 0 && (tokens.get(k - 1).pos().equals("AUX")
                || Set.of("not", "n't", "to").contains(tokens.get(k - 1).lower()));
        boolean verbLike = t.pos().equals("VERB") || w.equals("committed") || afterAuxiliary;
        if (a.refAt(s, k).isPresent()) {
            return List.of();
        }
        if (verbLike && (words.contains("support-verbs", lemma) || words.contains("oppose-verbs", lemma)
                || words.contains("negated-support-verbs", lemma) || w.equals("committed"))) {
            return verbStance(a, s, k, w.equals("committed") ? "commit" : lemma);
        }
        if (t.pos().equals("NOUN") && (words.contains("support-nouns", w) || words.contains("oppose-nouns", w))) {
            return nounStance(a, s, k, w);
        }
        if (Set.of("must", "should", "cannot", "are", "is", "were", "was").contains(w)) {
            return mustNot(a, s, k);
        }
        if (words.contains("framed-oppose-verbs", w) && framed(tokens, k)) {
            Optional<Topic> topic = topicAfter(a, s, k + 1);
            if (topic.isEmpty()) {
                return List.of();
            }
            int left = Clauses.start(tokens, k);
            List<PersonRef> holders = holders(a, s, left, k);
            return facts(a, s, holders, false, topic.get(), k, k + 1);
        }
        return List.of();
    }

    private List<StanceFact> verbStance(ArticleAnalysis a, int s, int k, String lemma) {
        List<Token> tokens = a.tokens(s);
        boolean supports = words.contains("support-verbs", lemma) || words.contains("negated-support-verbs", lemma);
        int after = k + 1;
        String needed = particles.get(lemma);
        if (needed != null) {
            if (after >= tokens.size() || !needed.equals(tokens.get(after).lower())) {
                return List.of();
            }
            after++;
        } else if (OPTIONAL_PARTICLES.contains(lemma) && after < tokens.size()
                && Set.of("to", "on", "for").contains(tokens.get(after).lower())) {
            after++;
        }
        int left = Clauses.start(tokens, k);
        // a passive ("was criticized for ...") says what others hold about the subject, not what it holds
        if (!lemma.equals("commit") && k > 0 && (tokens.get(k - 1).lemmaOrText().equals("be")
                || k > 1 && tokens.get(k - 2).lemmaOrText().equals("be") && tokens.get(k - 1).pos().equals("ADV"))) {
            return List.of();
        }
        boolean negated = false;
        for (int b = Math.max(left, k - 4); b < k; b++) {
            String x = tokens.get(b).lower();
            if (x.equals("not") || x.equals("n't") || x.equals("never") || x.equals("no")) {
                negated = true;
            }
        }
        if (negated) {
            if (!supports && !words.contains("negated-support-verbs", lemma)) {
                return List.of();
            }
            supports = false;
        } else if (words.contains("negated-support-verbs", lemma) && !words.contains("support-verbs", lemma)) {
            return List.of();
        }
        // "welcomed President X to the Oval Office" is a meeting, not a stance; only support for a person counts
        int first = after;
        while (first < tokens.size() && a.refAt(s, first).isEmpty() && inTitleOrEntity(a, s, first)) {
            first++;
        }
        Optional<PersonRef> object = first < tokens.size() ? a.refAt(s, first) : Optional.empty();
        if (object.isPresent() && !(object.get().end() < tokens.size() && (tokens.get(object.get().end())).isPossessive())
                && !Set.of("support", "back", "endorse").contains(lemma)) {
            return List.of();
        }
        // "urged Congress to act", "pressed Israel to allow aid": the action is the issue, not the addressee
        boolean urging = words.contains("urge-verbs", lemma) && k + 1 < tokens.size()
                && !Set.of("for", "against").contains(tokens.get(k + 1).lower());
        if (urging) {
            for (int n = after; n + 1 < Math.min(tokens.size(), after + 7); n++) {
                if (tokens.get(n).lower().equals("to") && tokens.get(n + 1).pos().equals("VERB")) {
                    after = n + 1;
                    break;
                }
            }
        }
        Optional<Topic> topic = topicAfter(a, s, after, urging);
        if (topic.isEmpty()) {
            return List.of();
        }
        List<PersonRef> holders = holders(a, s, left, k);
        return facts(a, s, holders, supports, topic.get(), k, k + 1);
    }

    /** "the need to end", "the necessity of ending", "efforts to stop": a frame noun, then "to" or "of". */
    private boolean framed(List<Token> tokens, int k) {
        if (k < 2) {
            return false;
        }
        String prep = tokens.get(k - 1).lower();
        return (prep.equals("to") || prep.equals("of")) && words.contains("frame-nouns", tokens.get(k - 2).lower());
    }

    /** "Abbas's request for a cease-fire", "his support for ...", "their opposition to ...". */
    private List<StanceFact> nounStance(ArticleAnalysis a, int s, int k, String w) {
        List<Token> tokens = a.tokens(s);
        if (k + 1 >= tokens.size() || !Set.of("for", "to", "of", "against").contains(tokens.get(k + 1).lower())) {
            return List.of();
        }
        int b = k - 1;
        if (b >= 0 && (tokens.get(b).text().equals("'s") || tokens.get(b).text().equals("’s"))) {
            b--;
        }
        Optional<PersonRef> possessor = b >= 0 ? a.refAt(s, b) : Optional.empty();
        List<PersonRef> holders;
        if (possessor.isPresent()) {
            holders = List.of(possessor.get());
        } else if (b >= 0 && tokens.get(b).pos().equals("ADJ") || b >= 0 && tokens.get(b).pos().equals("PROPN")) {
            // "expressed US support for X": the expresser holds it
            int left = Clauses.start(tokens, k);
            holders = Clauses.subjects(a, s, left, k);
            if (holders.isEmpty() || !hasReportVerbBefore(a, s, k)) {
                return List.of();
            }
        } else {
            holders = reporter(a, s, k);
            if (holders.isEmpty()) {
                return List.of();
            }
        }
        Optional<Topic> topic = topicAfter(a, s, k + 2);
        if (topic.isEmpty()) {
            return List.of();
        }
        return facts(a, s, holders, words.contains("support-nouns", w), topic.get(), k, k + 1);
    }

    /**
     * "(that) Palestinians must not be forcibly displaced", "ensuring that Palestinians are not forcibly
     * displaced": the person who says so opposes the act.
     */
    private List<StanceFact> mustNot(ArticleAnalysis a, int s, int k) {
        List<Token> tokens = a.tokens(s);
        int j = k + 1;
        String modal = tokens.get(k).lower();
        if (!modal.equals("cannot")) {
            if (j >= tokens.size() || !tokens.get(j).lower().equals("not")) {
                return List.of();
            }
            j++;
        }
        boolean copula = Set.of("are", "is", "were", "was").contains(modal);
        if (copula) {
            boolean afterThat = false;
            for (int b = Math.max(0, k - 4); b < k; b++) {
                afterThat |= tokens.get(b).lower().equals("that");
            }
            if (!afterThat) {
                return List.of();
            }
        } else {
            if (j >= tokens.size() || !tokens.get(j).lower().equals("be")) {
                return List.of();
            }
            j++;
        }
        int from = j;
        // the tagger sometimes misses adverbs in -ly ("forcibly/ADP")
        while (j < tokens.size() && (tokens.get(j).pos().equals("ADV")
                || tokens.get(j).lower().matches("\\p{L}{3,}ly"))) {
            j++;
        }
        if (j >= tokens.size() || !tokens.get(j).pos().equals("VERB") || j == from) {
            return List.of();
        }
        Span span = new Span(tokens.get(from).span().begin(), tokens.get(j).span().end());
        String label = span.of(a.text()).toLowerCase(Locale.ROOT);
        List<PersonRef> holders = reporter(a, s, k);
        return facts(a, s, holders, false, new Topic(label, span), k, j + 1);
    }

    private List<StanceFact> facts(ArticleAnalysis a, int s, List<PersonRef> holders, boolean supports, Topic phrase,
                                   int trigFrom, int trigTo) {
        Topic topic = phrase;
        List<Token> tokens = a.tokens(s);
        List<Topic> topics = split(phrase);
        if (topics.size() > 1) {
            List<StanceFact> out = new ArrayList<>();
            for (Topic t : topics) {
                out.addAll(facts(a, s, holders, supports, t, trigFrom, trigTo));
            }
            return out;
        }
        topic = topics.get(0);
        Span trig = new Span(tokens.get(trigFrom).span().begin(), tokens.get(trigTo - 1).span().end());
        List<StanceFact> out = new ArrayList<>();
        for (PersonRef r : holders) {
            for (String p : r.persons()) {
                List<Mention> ev = List.of(
                        new Mention(MentionKind.TRIGGER, trig, s, trig.of(a.text()), "stance"),
                        new Mention(MentionKind.PERSON, r.span(), r.sentence(), r.span().of(a.text()), p),
                        new Mention(MentionKind.TOPIC, topic.span(), s, topic.span().of(a.text()), topic.label()));
                out.add(new StanceFact(p, supports ? Polarity.SUPPORTS : Polarity.OPPOSES, topic.label(),
                        new Evidence(s, ev)));
            }
        }
        return out;
    }

    private List<PersonRef> holders(ArticleAnalysis a, int s, int left, int verb) {
        List<PersonRef> subjects = Clauses.subjects(a, s, left, verb);
        if (!subjects.isEmpty()) {
            return subjects;
        }
        // a non-person subject ("the United States supports ...") or none: the person who said it
        if (left > 0 && hasNonPersonSubject(a, s, left, verb)) {
            return reporter(a, s, verb);
        }
        List<PersonRef> inherited = Clauses.inherited(a, s, left);
        return inherited.isEmpty() ? reporter(a, s, verb) : inherited;
    }

    private boolean hasNonPersonSubject(ArticleAnalysis a, int s, int left, int verb) {
        return a.entities(s).stream().anyMatch(e -> e.startToken() >= left && e.endToken() <= verb);
    }

    /** The subject of a report verb in the sentence: "Blinken stressed that ...", "..., said Tadic". */
    private List<PersonRef> reporter(ArticleAnalysis a, int s, int before) {
        List<Token> tokens = a.tokens(s);
        for (int k = before + 1; k + 1 < tokens.size(); k++) {
            if (words.contains("inverted-report-verbs", tokens.get(k).lower()) && tokens.get(k - 1).text().equals(",")
                    || words.contains("inverted-report-verbs", tokens.get(k).lower())
                    && k == tokens.size() - 3) {
                int n = k + 1;
                while (n < tokens.size() && a.refAt(s, n).isEmpty() && inTitleOrEntity(a, s, n)) {
                    n++;
                }
                Optional<PersonRef> r = n < tokens.size() ? a.refAt(s, n) : Optional.empty();
                if (r.isPresent()) {
                    return List.of(r.get());
                }
            }
        }
        for (int k = 0; k < before; k++) {
            if (tokens.get(k).pos().equals("VERB") && words.contains("report-verbs", tokens.get(k).lemmaOrText())) {
                List<PersonRef> subj = Clauses.subjects(a, s, Clauses.start(tokens, k), k);
                if (subj.isEmpty()) {
                    subj = Clauses.inherited(a, s, Clauses.start(tokens, k));
                }
                if (!subj.isEmpty()) {
                    return subj;
                }
            }
        }
        return List.of();
    }

    private boolean hasReportVerbBefore(ArticleAnalysis a, int s, int k) {
        for (int b = 0; b < k; b++) {
            Token t = a.tokens(s).get(b);
            if (t.pos().equals("VERB") && words.contains("report-verbs", t.lemmaOrText())) {
                return true;
            }
        }
        return false;
    }

    private record Topic(String label, Span span) {
    }

    /**
     * "an immediate cease-fire and political dialogue" is two issues when one part is a known one; "dignity and
     * security" stays one phrase.
     */
    private List<Topic> split(Topic topic) {
        String[] parts = topic.label().split(" and ");
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return List.of(new Topic(knownTopic(topic.label()).orElse(topic.label()), topic.span()));
        }
        boolean known = false;
        List<Topic> out = new ArrayList<>();
        for (String part : parts) {
            if (part.split(" ").length > 6 || java.util.Arrays.stream(part.split(" "))
                    .anyMatch(x -> words.contains("non-topics", x))) {
                return List.of(new Topic(knownTopic(topic.label()).orElse(topic.label()), topic.span()));
            }
            String p = part.replaceFirst("^(an? |the |immediate |temporary )+", "").strip();
            Optional<String> canonical = knownTopic(p);
            known |= canonical.isPresent();
            if (canonical.isEmpty() && !p.contains(" ")) {
                // "the two-state solution and work (on it)": a lone common word is no second issue
                return List.of(new Topic(knownTopic(topic.label()).orElse(topic.label()), topic.span()));
            }
            out.add(new Topic(canonical.orElse(p), topic.span()));
        }
        return known ? out : List.of(new Topic(knownTopic(topic.label()).orElse(topic.label()), topic.span()));
    }

    private Optional<String> knownTopic(String phrase) {
        List<Token> words = new ArrayList<>();
        int at = 0;
        for (String w : phrase.split(" ")) {
            words.add(new Token(new Span(at, at + w.length()), w, "X", w));
            at += w.length() + 1;
        }
        for (int k = 0; k < words.size(); k++) {
            Optional<PhraseTrie.Match<String>> m = topics.longestAt(words, k);
            if (m.isPresent()) {
                return Optional.of(m.get().value());
            }
        }
        return Optional.empty();
    }

    /** The topic phrase starting at token {@code from}, framing words skipped, cut at a boundary. */
    private Optional<Topic> topicAfter(ArticleAnalysis a, int s, int from) {
        return topicAfter(a, s, from, false);
    }

    private Optional<Topic> topicAfter(ArticleAnalysis a, int s, int from, boolean actionAllowed) {
        List<Token> tokens = a.tokens(s);
        int k = from;
        boolean afterToNoun = actionAllowed;   // "proposal to | purchase Greenland": the action is the issue
        while (k < tokens.size()) {
            afterToNoun = actionAllowed && k == from || k > 0 && tokens.get(k - 1).lower().equals("to") && k > 1
                    && (words.contains("to-nouns", tokens.get(k - 2).lower())
                    || words.contains("support-nouns", tokens.get(k - 2).lower()));
            Token t = tokens.get(k);
            Optional<PersonRef> ref = a.refAt(s, k);
            if (ref.isPresent() && ref.get().end() < tokens.size() && (tokens.get(ref.get().end())).isPossessive()) {
                k = ref.get().end() + 1;   // "Abbas's request for" — the person is the requester
                continue;
            }
            final int at = k;
            if (a.dates(s).stream().anyMatch(d -> d.span().overlaps(tokens.get(at).span()))
                    || words.contains("time-words", t.text())) {
                k++;
                continue;
            }
            if (words.contains("frames", t.text()) || words.contains("support-nouns", t.text())
                    && k + 1 < tokens.size() && Set.of("for", "of", "to").contains(tokens.get(k + 1).lower())
                    || isTitleBeforePossessive(a, s, k)) {
                k++;
                continue;
            }
            break;
        }
        int start = k;
        int end = k;
        while (end < tokens.size() && end - start < MAX_TOPIC_TOKENS) {
            String w = tokens.get(end).lower();
            if (words.contains("topic-ends", w) || end > start && TOPIC_STOPS.contains(w)) {
                break;
            }
            if (w.equals("and") && end + 1 < tokens.size() && (tokens.get(end + 1).pos().equals("VERB")
                    || tokens.get(end + 1).pos().equals("AUX"))) {
                break;
            }
            // "a ceasefire to ensure aid delivery": a purpose clause is not the issue; "right to defend" is
            if (w.equals("to") && end > start && end + 1 < tokens.size()
                    && tokens.get(end + 1).pos().equals("VERB")
                    && !words.contains("to-nouns", tokens.get(end - 1).lower())) {
                break;
            }
            end++;
        }
        for (int k2 = start; k2 < end; k2++) {
            if (Set.of("he", "she", "they", "we", "i", "you").contains(tokens.get(k2).lower())) {
                end = k2;   // "... voters he told the BBC": a new clause
                break;
            }
        }
        for (int v = start + 1; v < end; v++) {
            Token t = tokens.get(v);
            if (t.lower().equals("never") || t.lower().equals("not")) {
                end = v;
                break;
            }
            boolean participle = t.lower().endsWith("ing") || t.lower().endsWith("ed") || t.lower().endsWith("en");
            if (t.pos().equals("AUX") || t.pos().equals("VERB") && !participle && !tokens.get(v - 1).lower().equals("to")) {
                end = v;   // "a cease-fire ... has been dismissed", "the club will never sell": the issue ends there
                break;
            }
        }
        while (end > start && Set.of("the", "a", "an", "of", "to", "and", "or", "'s", "’s")
                .contains(tokens.get(end - 1).lower())) {
            end--;
        }
        if (end > start && Set.of("there", "fact", "what", "how", "whether", "why").contains(tokens.get(start).lower())) {
            return Optional.empty();
        }
        if (end > start && tokens.get(start).pos().equals("VERB") && !tokens.get(start).lower().endsWith("ing")
                && !afterToNoun) {
            return Optional.empty();   // "withdraw it", "lower the price": an action, not an issue
        }
        if (end - start == 1 && knownTopic(tokens.get(start).lower()).isEmpty()
                && !words.contains("issue-nouns", tokens.get(start).lower()) && !tokens.get(start).isCapitalized()) {
            return Optional.empty();   // "the prize", "the choice": a lone common word is no issue
        }
        if (end == start || tokens.get(start).pos().equals("ADP") || words.contains("non-topics", tokens.get(start).lemmaOrText())
                || words.contains("non-topics", tokens.get(start).text())) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
        return Optional.of(new Topic(span.of(a.text()).toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("\\s+", " "), span));
    }

    private static boolean inTitleOrEntity(ArticleAnalysis a, int s, int k) {
        return a.titles(s).stream().anyMatch(t -> t.start() <= k && k < t.end())
                || a.entities(s).stream().anyMatch(e -> e.startToken() <= k && k < e.endToken());
    }

    private static boolean isTitleBeforePossessive(ArticleAnalysis a, int s, int k) {
        return a.titles(s).stream().anyMatch(t -> t.start() <= k && k < t.end()
                && a.refs(s).stream().anyMatch(r -> r.start() == t.end()));
    }


}
