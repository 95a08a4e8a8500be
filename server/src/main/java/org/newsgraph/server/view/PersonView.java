package org.newsgraph.server.view;

import java.util.List;

/**
 * Everything a person's page shows: the canonical name and the other names articles use, offices, meetings (one page
 * of them, newest first, with {@code meetingTotal} counting all), stances, the articles that mention the person, and
 * the people the person met (for the network picture).
 */
public record PersonView(Ref self, String name, List<String> aliases, int sources, List<TenureView> offices,
                         List<MeetingView> meetings, int meetingTotal, List<MeetingView> allMeetings,
                         List<StanceView> stances, List<ArticleCount> articles) {
}
