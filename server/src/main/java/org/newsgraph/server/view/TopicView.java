package org.newsgraph.server.view;

import java.util.List;

/** A topic and the stances people take on it. */
public record TopicView(Ref self, List<StanceView> stances) {
}
