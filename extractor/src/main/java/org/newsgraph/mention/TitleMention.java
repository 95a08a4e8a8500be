package org.newsgraph.mention;

import java.util.Optional;
import org.newsgraph.text.Span;

/**
 * A role in a sentence, with what it belongs to: "Turkish Foreign Minister" is the role "Foreign Minister" of
 * Turkey, "Commissioner General of UNRWA" the role "Commissioner General" of UNRWA. Token indexes are of the
 * sentence; {@code [start, end)} covers the whole phrase including a country or body before the role, and
 * {@code [roleStart, roleEnd)} only the role words with their modifiers and complements. Immutable.
 *
 * @param role    the normalised role: "Foreign Minister", "Deputy Prime Minister", "Ambassador to Peru"
 * @param former  "former President", "ex-minister"
 * @param of      the country or body the role belongs to, when the phrase names it
 * @param lowercase true when the text writes the role in lower case ("foreign minister"), a weaker signal
 * @param defaultOf the body of a role that only one government uses ("Secretary of State"), for when the text
 *                  names none
 */
public record TitleMention(int start, int end, int roleStart, int roleEnd, String role, boolean former,
                           Optional<EntityMention> of, Span span, boolean lowercase, Optional<EntityRef> defaultOf) {
}
