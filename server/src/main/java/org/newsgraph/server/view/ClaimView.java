package org.newsgraph.server.view;

import java.util.List;

/**
 * What one article states about one fact: the claim's IRI, the article (and its outlet and publication date, when
 * known), the article's reference date, the sentence with its evidence mentions, the claim's confidence, and the
 * values it states (date, place, status, ...).
 */
public record ClaimView(String iri, Ref article, Ref outlet, DateValue published, DateValue observedOn, Quote quote,
                        String confidence, List<Value> values) {
}
