package org.newsgraph.server.view;

/** An article and how many times it mentions something. */
public record ArticleCount(Ref article, int mentions) {
}
