package org.newsgraph.store;

import org.newsgraph.NewsgraphException;

/** A problem with the knowledge store as a whole: locked, built with another IRI base, unreadable, a bad query. */
public class StoreException extends NewsgraphException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
