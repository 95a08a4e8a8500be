package org.newsgraph.server.view;

import java.util.List;

/**
 * A meeting as the resolution graph settled it: status ({@code occurred}, {@code planned}, {@code refused}), date,
 * place, kind ({@code in person}, {@code call}), participants, confidence and source counts, with its evidence.
 */
public record MeetingView(Ref meeting, String status, DateValue date, Ref place, String kind, List<Ref> participants,
                          String confidence, int sources, int outlets, Evidence evidence) {
}
