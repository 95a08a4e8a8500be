package org.newsgraph.fact;

/**
 * A person's stance on an issue: "Netanyahu rejected calls for a ceasefire" is (Netanyahu, OPPOSES, "ceasefire").
 * Immutable.
 *
 * @param holder the article-local person id
 * @param topic  the normalised topic label, lower case, short: "ceasefire", "two-state solution"
 */
public record StanceFact(String holder, Polarity polarity, String topic, Evidence evidence) implements Fact {
}
