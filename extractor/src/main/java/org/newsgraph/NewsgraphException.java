package org.newsgraph;

/**
 * The root of Newsgraph's unchecked exceptions. A message names the subject, the bad value and where, for
 * example {@code article 003_4c8d.txt, chars 120-131: date "Nov. 31" is not a calendar date}.
 */
public class NewsgraphException extends RuntimeException {
    public NewsgraphException(String message) {
        super(message);
    }

    public NewsgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
