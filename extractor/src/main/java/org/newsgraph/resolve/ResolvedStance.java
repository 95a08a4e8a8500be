package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.fact.Polarity;
import org.newsgraph.fact.StanceFact;

/**
 * A person's stance on a topic, as all articles together report it. One per holder, polarity and topic. Immutable.
 *
 * @param topicKey the topic's slug
 */
public record ResolvedStance(String key, String holderKey, Polarity polarity, String topicKey,
                             List<Report<StanceFact>> reports, Support support) {
    public ResolvedStance {
        reports = List.copyOf(reports);
    }
}
