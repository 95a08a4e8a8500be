package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.newsgraph.NewsgraphException;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.Block;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.Span;
import org.newsgraph.text.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard {@link Annotator}: Apache OpenNLP's English Universal Dependencies models (sentence detector,
 * tokenizer, part-of-speech tagger, lemmatizer) with repairs for what they get wrong on news text. Thread-safe:
 * the models are loaded once and run through OpenNLP's thread-safe wrappers, so one instance serves all threads;
 * {@link #shared()} is that instance.
 *
 * <p>What it does with an article:
 * <ul>
 * <li>annotates the HEADLINE, BODY and CAPTION blocks, never BYLINE or BOILERPLATE; a sentence never crosses a
 *     block, and sentence indexes run over the whole article in text order;</li>
 * <li>reads a same-length normalised copy of the text ({@link TextNormalizer}: curly quotes straight, line breaks
 *     as spaces), so every span is an offset of the original and every token's text is the original's;</li>
 * <li>joins the sentences the detector cuts after an abbreviation ("Nov. 5", "Gen. Smith", "Anthony J. Blinken",
 *     list in {@code abbreviations.txt}) and cuts where a scraper glued a sentence on ("...page GuardianThe
 *     results");</li>
 * <li>joins hyphenated words the tokenizer cuts ("al-Sudani", "cease-fire") and splits contractions and
 *     possessives ("Blinken" + "’s", "was" + "n't"), see {@link Token}; lemmas are lower case.</li>
 * </ul>
 *
 * <p>The three text stages together:
 * <pre>{@code
 * ArticleLayout layout = RuleTextCleaner.standard().layout(article.text());
 * List<Sentence> sentences = OpenNlpAnnotator.shared().annotate(article.text(), layout);
 * List<DateMention> dates = RuleDateFinder.standard().find(article, layout, sentences);
 * int s = Sentence.indexContaining(sentences, someToken.span());   // the token's sentence, by binary search
 * }</pre>
 */
public final class OpenNlpAnnotator implements Annotator {
    /** The class-path names of the four models, as the {@code opennlp-models-*-en} 1.3.0 jars ship them. */
    public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final Logger LOG = LoggerFactory.getLogger(OpenNlpAnnotator.class);
    /** The names of the maximum-entropy models inside the OpenNLP model packages. */
    private static final String POS_ARTIFACT = "pos.model";
    private static final String LEMMA_ARTIFACT = "lemmatizer.model";
    /**
     * The tags whose words get a lemma from the model: the inflecting word classes, plus every multiword tag
     * ("PRON+AUX"), whose lemma gives the lemmas of its parts. Other words (names, numbers, function words) are
     * their own lemma, lower-cased. Lemmatizing only these, in their order, gave the same lemmas for 99.8% of them
     * on BBC news, at half the cost: the lemmatizer is by far the slowest of the four models.
     */
    private static final Set<String> LEMMATIZED = Set.of("VERB", "AUX", "NOUN", "ADJ", "ADV", "PRON");

    private final ThreadSafeSentenceDetectorME detector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final SentenceBoundaries boundaries;

    private OpenNlpAnnotator() {
        long start = System.nanoTime();
        SentenceModel sentenceModel = model(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokenModel = model(TOKEN_MODEL, TokenizerModel::new);
        POSModel posModel = greedyTagger(model(POS_MODEL, POSModel::new));
        LemmatizerModel lemmaModel = greedyLemmatizer(model(LEMMA_MODEL, LemmatizerModel::new));
        detector = new ThreadSafeSentenceDetectorME(sentenceModel);
        tokenizer = new ThreadSafeTokenizerME(tokenModel);
        tagger = new ThreadSafePOSTaggerME(posModel);
        lemmatizer = new ThreadSafeLemmatizerME(lemmaModel);
        boundaries = new SentenceBoundaries();
        LOG.info("OpenNLP models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static final class Holder {
        static final OpenNlpAnnotator SHARED = new OpenNlpAnnotator();
    }

    /** The shared instance; the models are loaded on the first call (0.5 to 1 s in a fresh JVM). */
    public static OpenNlpAnnotator shared() {
        return Holder.SHARED;
    }

    /** A new instance with its own copy of the models; {@link #shared()} is what a program normally wants. */
    public static OpenNlpAnnotator load() {
        return new OpenNlpAnnotator();
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M model(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpAnnotator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsgraphException("OpenNLP model " + resource + " is not on the class path "
                        + "(it comes with the org.apache.opennlp:opennlp-models-*-en jars)");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new NewsgraphException("OpenNLP model " + resource + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The tagger with beam size 1 instead of the model's 3: on 114,000 tokens of BBC news it gave the same tags,
     * in half the time.
     */
    private static POSModel greedyTagger(POSModel m) {
        Object artifact = m.getArtifact(POS_ARTIFACT);
        return artifact instanceof MaxentModel maxent
                ? new POSModel(m.getLanguage(), maxent, 1, Map.of(), m.getFactory()) : m;
    }

    /**
     * The lemmatizer with beam size 1 instead of the model's 3: on 77,000 tokens of BBC news it gave the same
     * lemma for all but 16, in 40% of the time.
     */
    private static LemmatizerModel greedyLemmatizer(LemmatizerModel m) {
        Object artifact = m.getArtifact(LEMMA_ARTIFACT);
        return artifact instanceof MaxentModel maxent
                ? new LemmatizerModel(m.getLanguage(), maxent, 1, Map.of(), m.getFactory()) : m;
    }

    @Override
    public List<Sentence> annotate(String text, ArticleLayout layout) {
        String norm = TextNormalizer.normalize(text);
        List<Sentence> out = new ArrayList<>();
        for (Block block : layout.blocks()) {
            if (!annotated(block.kind())) {
                continue;
            }
            Span span = block.span();
            opennlp.tools.util.Span[] detected = detector.sentPosDetect(norm.substring(span.begin(), span.end()));
            for (Span s : boundaries.repair(norm, span, detected)) {
                List<Token> tokens = tokens(text, norm, s);
                if (!tokens.isEmpty()) {
                    out.add(new Sentence(out.size(), s, block.kind(), tokens));
                }
            }
        }
        return out;
    }

    /** Whether blocks of this kind are annotated: headlines, body text and captions. */
    public static boolean annotated(BlockKind kind) {
        return kind == BlockKind.HEADLINE || kind == BlockKind.BODY || kind == BlockKind.CAPTION;
    }

    /**
     * The tagger sometimes calls a joined hyphenated word punctuation ("state-owned" {@code PUNCT}, because of its
     * hyphen). Such a word gets a tag from its pieces as the tokenizer cut them: the tag of its last word piece,
     * where a participle makes the compound an adjective ("state-owned") and a particle a noun ("shake-up").
     */
    private void retagHyphenated(String norm, List<Span> pieces, List<Span> words, String[] tags) {
        if (pieces.size() == words.size()) {
            return;
        }
        String[] pieceTags = null;
        for (int w = 0, p = 0; w < words.size(); w++) {
            Span word = words.get(w);
            int first = p;
            while (p < pieces.size() && pieces.get(p).end() <= word.end()) {
                p++;
            }
            boolean implausible = tags[w].equals("PUNCT") || tags[w].equals("SYM") || tags[w].equals("X")
                    || tags[w].contains("+") && word.of(norm).indexOf('\'') < 0;
            if (p - first < 2 || !implausible) {
                continue;
            }
            if (pieceTags == null) {
                pieceTags = tagger.tag(pieces.stream().map(s -> s.of(norm)).toArray(String[]::new));
            }
            String last = "NOUN";
            for (int i = first; i < p; i++) {
                if (!pieceTags[i].equals("PUNCT") && !pieceTags[i].contains("+")) {
                    last = pieceTags[i];
                }
            }
            tags[w] = switch (last) {
                case "VERB" -> "ADJ";
                case "ADP", "ADV", "PART", "AUX", "SYM", "X", "DET", "PRON", "CCONJ", "SCONJ", "INTJ" -> "NOUN";
                default -> last;
            };
        }
    }

    /** The model's lemma for the words with a {@link #LEMMATIZED} tag, the lower-cased word for the others. */
    private String[] lemmas(String[] words, String[] tags) {
        String[] out = new String[words.length];
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (LEMMATIZED.contains(tags[i]) || tags[i].indexOf('+') >= 0) {
                picked.add(i);
            } else {
                out[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        if (!picked.isEmpty()) {
            String[] w = new String[picked.size()];
            String[] t = new String[picked.size()];
            for (int k = 0; k < w.length; k++) {
                w[k] = words[picked.get(k)];
                t[k] = tags[picked.get(k)];
            }
            String[] l = lemmatizer.lemmatize(w, t);
            for (int k = 0; k < l.length; k++) {
                out[picked.get(k)] = l[k];
            }
        }
        return out;
    }

    private List<Token> tokens(String text, String norm, Span sentence) {
        List<Span> pieces = new ArrayList<>();
        for (opennlp.tools.util.Span t : tokenizer.tokenizePos(norm.substring(sentence.begin(), sentence.end()))) {
            pieces.add(new Span(sentence.begin() + t.getStart(), sentence.begin() + t.getEnd()));
        }
        pieces = WordPieces.joinAbbreviations(norm, WordPieces.splitDashes(norm, pieces),
                boundaries::isAbbreviation);
        List<Span> spans = WordPieces.joinHyphenated(norm, pieces);
        String[] words = spans.stream().map(s -> s.of(norm)).toArray(String[]::new);
        String[] tags = tagger.tag(words);
        retagHyphenated(norm, pieces, spans, tags);
        String[] lemmas = lemmas(words, tags);
        List<Token> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            for (WordPieces.Word w : WordPieces.split(norm, spans.get(i), tags[i], lemmas[i])) {
                out.add(new Token(w.span(), w.span().of(text), w.pos(), w.lemma()));
            }
        }
        return out;
    }
}
