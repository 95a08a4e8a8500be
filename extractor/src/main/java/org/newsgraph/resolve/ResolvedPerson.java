package org.newsgraph.resolve;

import java.util.List;

/**
 * One real person across the corpus. Immutable.
 *
 * @param key     the slug the person's IRI is made from (the canonical name, slugged)
 * @param name    the canonical name: the full form used by most articles, then the longest, then the first in
 *                code-point order
 * @param members the article-local persons that are this person, sorted
 */
public record ResolvedPerson(String key, String name, List<ArticlePerson> members) {
    public ResolvedPerson {
        members = List.copyOf(members);
    }

    /** How many articles name this person. */
    public int articleCount() {
        return (int) members.stream().map(ArticlePerson::articleId).distinct().count();
    }
}
