package org.newsgraph.server.view;

import java.util.List;
import java.util.Map;

/** What the home page shows: counts, every meeting (for the timeline and the network), and the most-met persons. */
public record HomeView(Map<String, Long> counts, List<MeetingView> meetings, List<ArticleCount> articles) {
}
