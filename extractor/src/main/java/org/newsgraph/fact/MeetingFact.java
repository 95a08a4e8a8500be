package org.newsgraph.fact;

import java.util.List;
import java.util.Optional;
import org.newsgraph.date.DateMention;
import org.newsgraph.mention.EntityRef;

/**
 * A meeting between two or more persons, as one sentence of one article reports it. Immutable.
 *
 * @param participants article-local person ids, at least two, no repeats
 * @param date         when, if the article says (resolved; may be partial)
 * @param place        where: a city when known, else a region or a country
 */
public record MeetingFact(List<String> participants, MeetingStatus status, MeetingKind kind,
                          Optional<DateMention> date, Optional<EntityRef> place, Evidence evidence) implements Fact {
    public MeetingFact {
        participants = List.copyOf(participants);
        if (participants.size() < 2 || participants.stream().distinct().count() != participants.size()) {
            throw new IllegalArgumentException("a meeting needs two or more distinct participants: " + participants);
        }
    }
}
