package org.newsgraph.server.view;

import java.util.List;

/**
 * The claims that state a fact, possibly only some of them (in lists: the first sentence of each article, for the
 * first few articles): {@code total} counts all the claims, {@code articles} the articles they come from.
 */
public record Evidence(List<ClaimView> claims, int total, int articles) {
    public static final Evidence NONE = new Evidence(List.of(), 0, 0);

    public boolean truncated() {
        return claims.size() < total;
    }
}
