package org.newsgraph.server.view;

import java.util.List;

/** A participant of a meeting, with the offices the person holds and how many sources name them in this meeting. */
public record ParticipantView(Ref person, List<Ref> offices, String confidence, int sources) {
}
