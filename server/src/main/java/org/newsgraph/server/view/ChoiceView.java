package org.newsgraph.server.view;

import java.util.List;

/**
 * Where the articles disagree on a value of a fact: the property, the value chosen, why, and the claims for it and
 * against it (each with the value it states).
 */
public record ChoiceView(String property, Value chosen, String reason, List<ClaimValue> supporting,
                         List<ClaimValue> contesting) {
    /** One claim's value in a choice: the claim, its article and the value it states. */
    public record ClaimValue(String claim, Ref article, Value value) {
    }
}
