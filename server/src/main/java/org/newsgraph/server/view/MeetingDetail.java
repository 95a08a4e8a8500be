package org.newsgraph.server.view;

import java.util.List;

/** Everything a meeting's page shows: the meeting with all its evidence, its participants, and the choices made. */
public record MeetingDetail(MeetingView meeting, List<ParticipantView> participants, List<ChoiceView> choices,
                            List<MeetingView> related) {
}
