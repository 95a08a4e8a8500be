package org.newsgraph.resolve;

import java.util.Optional;

/**
 * An office: a role in a country or body ("Foreign Minister" of {@code country/tr}), or a role alone when no
 * article names where. Immutable.
 *
 * @param key     the post's slug: the role's slug, then the organisation key's slug, joined by {@code --}
 * @param roleKey the role's slug
 * @param orgKey  the {@code EntityRef} key of the country or body
 */
public record ResolvedPost(String key, String roleKey, Optional<String> orgKey) {
}
