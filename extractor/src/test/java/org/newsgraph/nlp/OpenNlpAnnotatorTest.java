package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.Block;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.RuleTextCleaner;
import org.newsgraph.text.Span;

class OpenNlpAnnotatorTest {
    private final OpenNlpAnnotator annotator = OpenNlpAnnotator.shared();

    private List<Sentence> annotate(String text) {
        return annotator.annotate(text, RuleTextCleaner.standard().layout(text));
    }

    /** The sentences of a text that is one body block. */
    private List<Sentence> body(String text) {
        return annotator.annotate(text,
                new ArticleLayout(List.of(new Block(BlockKind.BODY, new Span(0, text.length()))), Optional.empty()));
    }

    private static List<String> words(Sentence s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    private static List<String> allWords(List<Sentence> sentences) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    private static Token token(List<Sentence> sentences, String text) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token \"" + text + "\" in " + allWords(sentences)));
    }

    @Test
    void onlyHeadlinesBodyAndCaptionsAreAnnotatedWithArticleWideIndexes() {
        String text = "Minister meets envoy\n\nBy Jane Doe\n\nThe minister met the envoy. They talked.\n\n"
                + "The minister (R) and the envoy in the capital.\n\nAdvertisement";
        List<Sentence> sentences = annotate(text);
        assertEquals(List.of("Minister meets envoy", "The minister met the envoy.", "They talked.",
                "The minister (R) and the envoy in the capital."),
                sentences.stream().map(s -> s.text(text)).toList());
        assertEquals(List.of(BlockKind.HEADLINE, BlockKind.BODY, BlockKind.BODY, BlockKind.CAPTION),
                sentences.stream().map(Sentence::block).toList());
        assertEquals(List.of(0, 1, 2, 3), sentences.stream().map(Sentence::index).toList());
        assertFalse(allWords(sentences).contains("Jane"));
        assertFalse(allWords(sentences).contains("Advertisement"));
    }

    @Test
    void aHeadlineWithoutFinalPunctuationIsNotGluedToTheNextSentence() {
        String text = "Minister meets envoy in capital\nThe minister met the envoy on Monday.";
        List<Sentence> sentences = annotate(text);
        assertEquals(2, sentences.size());
        assertEquals("Minister meets envoy in capital", sentences.getFirst().text(text));
    }

    @Test
    void tokensAreSpansOfTheOriginalTextAndCurlyPossessivesSplit() {
        String text = "Blinken\u2019s visit was \u201cgood,\u201d he\nsaid.";
        List<Sentence> sentences = body(text);
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                assertEquals(t.span().of(text), t.text());
            }
        }
        assertEquals(List.of("Blinken", "\u2019s", "visit", "was", "\u201c", "good", ",", "\u201d", "he", "said", "."),
                allWords(sentences));
        assertEquals("PROPN", token(sentences, "Blinken").pos());
        assertEquals("PART", token(sentences, "\u2019s").pos());
    }

    @Test
    void contractionsSplitIntoTheirWords() {
        List<Sentence> sentences = body("They weren't there and it's late.");
        assertEquals(List.of("They", "were", "n't", "there", "and", "it", "'s", "late", "."), allWords(sentences));
        assertEquals("be", token(sentences, "were").lemma());
        assertEquals("not", token(sentences, "n't").lemma());
    }

    @Test
    void hyphenatedWordsAreOneToken() {
        List<Sentence> sentences = body("He met al-Sudani about a cease-fire and a two-state plan after the "
                + "Israel-Hamas war.");
        List<String> words = allWords(sentences);
        assertTrue(words.containsAll(List.of("al-Sudani", "cease-fire", "two-state", "Israel-Hamas")), words.toString());
        assertEquals("PROPN", token(sentences, "al-Sudani").pos());
        assertEquals("NOUN", token(sentences, "cease-fire").pos());
    }

    @Test
    void spacedHyphensAndDoubleHyphensAreNotJoints() {
        List<String> words = allWords(body("The talks - held in Rome--ended in 2014\u20132015."));
        assertTrue(words.contains("talks") && words.contains("held") && words.contains("Rome"), words.toString());
        assertFalse(words.stream().anyMatch(w -> w.contains("Rome-") || w.contains("-ended")), words.toString());
    }

    @Test
    void noSentenceEndAfterAbbreviations() {
        String text = "Gen. Smith met Mr. Jones and Sec. Brown on Nov. 5 in St. Louis. Anthony J. Blinken was there.";
        List<Sentence> sentences = body(text);
        assertEquals(List.of("Gen. Smith met Mr. Jones and Sec. Brown on Nov. 5 in St. Louis.",
                "Anthony J. Blinken was there."), sentences.stream().map(s -> s.text(text)).toList());
        assertTrue(words(sentences.getFirst()).containsAll(List.of("Gen.", "Sec.", "Nov.", "St.")));
    }

    @Test
    void anInitialAfterABulletStartsAName() {
        String text = "- G. Papandreou: \"We have not entered into negotiations\"";
        assertEquals(1, body(text).size());
    }

    @Test
    void pluralPossessivesSplit() {
        List<String> words = allWords(body("He wants to improve their countries\u2019 relations."));
        assertTrue(words.contains("countries") && words.contains("\u2019"), words.toString());
    }

    @Test
    void anOrdinaryWordBeforeAPeriodStillEndsTheSentence() {
        String text = "He met the general. Smith left.";
        assertEquals(List.of("He met the general.", "Smith left."),
                body(text).stream().map(s -> s.text(text)).toList());
    }

    @Test
    void gluedSentenceOpenerStartsANewSentence() {
        String text = "according to page GuardianThe results were good.";
        List<Sentence> sentences = body(text);
        assertEquals(List.of("according to page Guardian", "The results were good."),
                sentences.stream().map(s -> s.text(text)).toList());
    }

    @Test
    void namesWithInnerCapitalsAreNotCut() {
        String text = "He wrote on LinkedIn about McDonald and the iPhone.";
        List<Sentence> sentences = body(text);
        assertEquals(1, sentences.size());
        assertTrue(words(sentences.getFirst()).containsAll(List.of("LinkedIn", "McDonald", "iPhone")));
    }

    @Test
    void lemmasAreLowerCase() {
        List<Sentence> sentences = body("The ministers met Blinken.");
        assertEquals("meet", token(sentences, "met").lemma());
        assertEquals("minister", token(sentences, "ministers").lemma());
        assertEquals("blinken", token(sentences, "Blinken").lemma());
    }

    @Test
    void indexContainingFindsTheSentenceOfASpan() {
        String text = "Minister meets envoy\n\nBy Jane Doe\n\nThe minister met the envoy. They talked.";
        List<Sentence> sentences = annotate(text);
        Span talked = new Span(text.indexOf("talked"), text.indexOf("talked") + 6);
        assertEquals(2, Sentence.indexContaining(sentences, talked));
        Span jane = new Span(text.indexOf("Jane"), text.indexOf("Jane") + 4);
        assertEquals(-1, Sentence.indexContaining(sentences, jane));
        Span across = new Span(text.indexOf("envoy."), text.indexOf("They") + 4);
        assertEquals(-1, Sentence.indexContaining(sentences, across));
    }

    @Test
    void oneInstanceGivesTheSameResultOnTwoThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("Minister " + i + " meets envoy\n\nThe minister met al-Sudani on Nov. " + (i % 28 + 1)
                    + ". Blinken\u2019s aides weren't there, and " + i + " officials said so.");
        }
        List<List<Sentence>> single = texts.stream().map(this::annotate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Sentence>>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> annotate(t)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(single.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
