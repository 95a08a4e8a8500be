package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.text.ArticleLayout;
import org.newsgraph.text.Block;
import org.newsgraph.text.BlockKind;
import org.newsgraph.text.Span;

class TenseClassifierTest {
    private final TenseClassifier tenses = TenseClassifier.standard();

    private static Sentence sentence(String text) {
        List<Sentence> s = OpenNlpAnnotator.shared().annotate(text,
                new ArticleLayout(List.of(new Block(BlockKind.BODY, new Span(0, text.length()))), Optional.empty()));
        assertEquals(1, s.size(), s.toString());
        return s.getFirst();
    }

    /** The tense at the first token whose text is {@code word}. */
    private Tense at(String text, String word) {
        Sentence s = sentence(text);
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).text().equals(word)) {
                return tenses.at(s, i);
            }
        }
        throw new AssertionError("no token " + word + " in " + text);
    }

    @Test
    void pastForms() {
        assertEquals(Tense.PAST, at("The minister met his counterpart on Monday.", "Monday"));
        assertEquals(Tense.PAST, at("The talks were held on Monday.", "Monday"));
        assertEquals(Tense.PAST, at("He has met the envoy twice since Monday.", "Monday"));
        assertEquals(Tense.PAST, at("The White House on Tuesday canceled the visit.", "Tuesday"));
    }

    @Test
    void futureForms() {
        assertEquals(Tense.FUTURE, at("The minister will meet his counterpart on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, at("He said he would visit on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, at("The minister is to meet the envoy on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, at("The minister is due to meet the envoy on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, at("The minister is expected to arrive on Monday.", "Monday"));
        assertEquals(Tense.FUTURE, at("The talks are scheduled for Monday.", "Monday"));
        assertEquals(Tense.FUTURE, at("The minister plans to visit the region on Monday.", "Monday"));
    }

    @Test
    void aPlanInThePastSaysNothingOfTheFuture() {
        assertEquals(Tense.PAST, at("The two countries agreed to resume relations in March.", "March"));
        assertEquals(Tense.PAST, at("The minister was expected to arrive on Monday.", "Monday"));
    }

    @Test
    void presentForms() {
        assertEquals(Tense.PRESENT, at("The minister meets the envoy on Monday.", "Monday"));
        assertEquals(Tense.PRESENT, at("The council is in session on Monday.", "Monday"));
    }

    @Test
    void eachClauseHasItsOwnTense() {
        String text = "He said on Monday that he will meet her on Friday.";
        assertEquals(Tense.PAST, at(text, "Monday"));
        assertEquals(Tense.FUTURE, at(text, "Friday"));
    }

    @Test
    void theWholeSentence() {
        assertEquals(Tense.FUTURE, tenses.of(sentence("He said that he will meet her.")));
        assertEquals(Tense.PAST, tenses.of(sentence("He said that he met her.")));
        assertEquals(Tense.UNKNOWN, tenses.of(sentence("A visit to the capital.")));
    }
}
