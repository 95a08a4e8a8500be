package org.newsgraph.server.view;

import java.util.List;

/**
 * Everything the page of an office-like resource shows: a post (its role, the country or body it is in), a role (the
 * posts with it), an organisation (its parent body, posts, sub-organisations) or an outlet (its articles); in all
 * cases the tenures (who holds or held it) and the articles that mention it.
 */
public record OfficeView(Ref self, String type, Ref role, Ref postIn, Ref parent, List<Ref> posts,
                         List<Ref> organizations, List<TenureView> holders, List<ArticleCount> articles,
                         List<Ref> published) {
}
