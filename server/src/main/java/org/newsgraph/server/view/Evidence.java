package org.newsgraph.server.view;

import java.util.List;

/** The claims that state a fact, possibly only the first few of them: {@code total} counts them all. */
public record Evidence(List<ClaimView> claims, int total) {
    public static final Evidence NONE = new Evidence(List.of(), 0);

    public boolean truncated() {
        return claims.size() < total;
    }
}
