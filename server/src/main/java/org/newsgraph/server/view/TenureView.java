package org.newsgraph.server.view;

/**
 * A person's holding of a post: the post, its role and the country or body, whether it is current as last reported,
 * the first and last dates articles reported it as held, confidence and sources, with its evidence.
 */
public record TenureView(Ref tenure, Ref person, Ref post, Ref role, Ref organization, boolean current,
                         DateValue firstObserved, DateValue lastObserved, String confidence, int sources,
                         Evidence evidence) {
}
