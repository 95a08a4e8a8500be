package org.newsgraph.server.view;

import java.util.List;

/**
 * Everything a place's page shows: what kind of place, where it lies, the places inside it, the meetings held there
 * (or in a place inside it), the offices of the country (or body) and who holds them, the bodies under it, and the
 * articles that mention it.
 */
public record PlaceView(Ref self, String type, Ref containedIn, List<Ref> contains, List<MeetingView> meetings,
                        List<TenureView> officeHolders, List<Ref> organizations, List<ArticleCount> articles) {
}
