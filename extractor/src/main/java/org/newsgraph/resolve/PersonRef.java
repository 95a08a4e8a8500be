package org.newsgraph.resolve;

import java.util.Comparator;

/** A person as one article knows them: the article id and the {@code PersonEntity.localId}. Immutable. */
public record PersonRef(String articleId, String localId) implements Comparable<PersonRef> {
    private static final Comparator<PersonRef> ORDER =
            Comparator.comparing(PersonRef::articleId).thenComparing(PersonRef::localId);

    @Override
    public int compareTo(PersonRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return articleId + "/" + localId;
    }
}
