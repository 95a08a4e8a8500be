package org.newsgraph.mention;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A person as one article refers to them, after in-article coreference: {@code "Antony Blinken"},
 * {@code "Mr Blinken"} and {@code "Sec. Blinken"} in one article are one PersonEntity. Immutable.
 *
 * @param localId   the id of this person within the article ({@code p1}, {@code p2}, ...)
 * @param name      the fullest name the article uses, without titles ("Antony Blinken")
 * @param aliases   every other form the article uses, as written ("Mr Blinken", "Blinken", "Anthony J. Blinken")
 * @param mentions  the mentions of this person, in text order
 */
public record PersonEntity(String localId, String name, SortedSet<String> aliases, List<Mention> mentions) {
    public PersonEntity {
        aliases = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
        mentions = List.copyOf(mentions);
    }
}
