package org.newsgraph.text;

/**
 * Stage 1: divides an article's raw text into blocks and finds its dateline. Implementations are immutable and
 * thread-safe. The text is never rewritten: blocks are spans of the original, so offsets stay true.
 */
public interface TextCleaner {
    ArticleLayout layout(String text);
}
