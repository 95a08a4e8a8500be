package org.newsgraph.source;

import org.newsgraph.NewsgraphException;

/**
 * A problem with one input article: unreadable, not UTF-8, empty, or a malformed sidecar. The message starts with
 * the file, so a batch can report it and go on with the other articles.
 */
public class ArticleException extends NewsgraphException {
    private final String location;

    public ArticleException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
    }

    public ArticleException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
    }

    /** The file (or other location) the problem is in. */
    public String location() {
        return location;
    }
}
