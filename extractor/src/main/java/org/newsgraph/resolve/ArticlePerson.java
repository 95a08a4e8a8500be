package org.newsgraph.resolve;

import java.util.Comparator;

/** A person as one article knows them: the article id and the {@code PersonEntity.localId}. Immutable. */
public record ArticlePerson(String articleId, String localId) implements Comparable<ArticlePerson> {
    private static final Comparator<ArticlePerson> ORDER =
            Comparator.comparing(ArticlePerson::articleId).thenComparing(ArticlePerson::localId);

    @Override
    public int compareTo(ArticlePerson o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return articleId + "/" + localId;
    }
}
