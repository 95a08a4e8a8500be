package org.newsgraph.source;

import java.util.Objects;

/**
 * One input article: its id (the file name without {@code .txt}), the file name, the full text exactly as read
 * (UTF-8, a leading byte-order mark removed, line ends kept), its sidecar metadata and a content hash of text and
 * sidecar together. Immutable.
 *
 * <p>The id names the article everywhere (its IRI, its named graph), so the same file name always means the same
 * article; the content hash tells whether it changed since it was last built.
 */
public record Article(String id, String fileName, String text, ArticleMeta meta, String contentHash) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(contentHash, "contentHash");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank (file " + fileName + ")");
        }
    }
}
