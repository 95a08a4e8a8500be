package org.newsgraph.resolve;

import java.math.BigDecimal;

/**
 * How well a fact is supported: by how many articles, how many independent outlets, and the resulting confidence.
 * Immutable.
 */
public record Support(int sourceCount, int outletCount, BigDecimal confidence) {
}
