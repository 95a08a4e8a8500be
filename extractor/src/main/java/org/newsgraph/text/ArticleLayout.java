package org.newsgraph.text;

import java.util.List;
import java.util.Optional;

/**
 * An article's text divided into blocks (headline, body paragraphs, captions, bylines, boilerplate), in text order,
 * plus the dateline when the body opens with one ("AQABA, JORDAN -", "Oct 11 (Reuters) -"). Immutable.
 * Blocks never overlap; text between blocks is blank.
 */
public record ArticleLayout(List<Block> blocks, Optional<Dateline> dateline) {
    public ArticleLayout {
        blocks = List.copyOf(blocks);
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i).span().begin() < blocks.get(i - 1).span().end()) {
                throw new IllegalArgumentException("blocks overlap or are out of order: "
                        + blocks.get(i - 1) + " then " + blocks.get(i));
            }
        }
    }

    /** The blocks read for facts: headlines and body text. */
    public List<Block> readable() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.BODY || b.kind() == BlockKind.HEADLINE).toList();
    }
}
