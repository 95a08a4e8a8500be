package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.fact.MeetingFact;

/**
 * A value chosen for one property of a meeting where its reports disagree. Immutable.
 *
 * @param chosen     a {@code DateValue} (DATE), an entity key (PLACE), a {@code MeetingStatus} (STATUS) or a
 *                   {@code MeetingKind} (KIND)
 * @param supporting the reports that state the chosen value
 * @param contesting the reports that state another value
 */
public record ValueChoice(Property property, Object chosen, ChoiceReason reason,
                          List<Report<MeetingFact>> supporting, List<Report<MeetingFact>> contesting) {
    /** The meeting properties a choice can settle. */
    public enum Property {
        DATE, PLACE, STATUS, KIND
    }

    public ValueChoice {
        supporting = List.copyOf(supporting);
        contesting = List.copyOf(contesting);
    }
}
