package org.newsgraph.resolve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newsgraph.date.DateValue;
import org.newsgraph.fact.MeetingFact;
import org.newsgraph.fact.MeetingKind;
import org.newsgraph.fact.MeetingStatus;

/**
 * One real meeting, with every report of it and the values chosen from them. Immutable.
 *
 * @param key          the slug its IRI is made from: "refused" for a refused meeting, the sorted participant
 *                     keys, then the chosen date (or, with none, the place), joined by {@code --}
 * @param participants the person keys of everyone any report names
 * @param placeKey     the {@code EntityRef} key of the chosen place
 * @param choices      where reports disagree, what was chosen and why
 * @param participation the support of each participant's part: the reports that name that person
 */
public record ResolvedMeeting(String key, MeetingStatus status, MeetingKind kind, Optional<DateValue> date,
                              Optional<String> placeKey, SortedSet<String> participants,
                              List<Report<MeetingFact>> reports, List<ValueChoice> choices, Support support,
                              Map<String, Support> participation) {
    public ResolvedMeeting {
        participants = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(participants));
        reports = List.copyOf(reports);
        choices = List.copyOf(choices);
        participation = Map.copyOf(participation);
    }
}
