package org.newsgraph.fact;

import java.util.List;
import org.newsgraph.mention.Mention;

/**
 * Where a fact is stated: the index of the sentence and the mentions in it that carry the fact (trigger, persons,
 * title, date, place, topic). A fact built from more than one sentence ("he" resolved to the previous sentence)
 * names the sentence of its trigger. Immutable.
 */
public record Evidence(int sentence, List<Mention> mentions) {
    public Evidence {
        mentions = List.copyOf(mentions);
    }
}
