package org.newsgraph.mention;

import java.util.List;
import org.newsgraph.nlp.Sentence;

/** Finds the countries, places and organisations of a sentence. Implementations are thread-safe. */
@FunctionalInterface
public interface EntityRecognizer {
    List<EntityMention> find(Sentence sentence, String articleText);
}
