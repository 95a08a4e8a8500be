package org.newsgraph.server.view;

/** A stance: who holds it, {@code supports} or {@code opposes}, on which topic, with confidence and evidence. */
public record StanceView(Ref stance, Ref holder, String polarity, Ref topic, String confidence, int sources,
                         Evidence evidence) {
}
