package org.newsgraph.fact;

import java.util.Optional;
import org.newsgraph.mention.EntityRef;

/**
 * A person holds (or held) a role, for a country or body when the text says which. Immutable.
 *
 * @param person  the article-local person id
 * @param role    the normalised role, title case, without country: "Foreign Minister", "Secretary of State"
 * @param of      the country or organisation the role belongs to, when known
 * @param former  true for "former President", "ex-minister"
 */
public record PositionFact(String person, String role, Optional<EntityRef> of, boolean former, Evidence evidence)
        implements Fact {
}
