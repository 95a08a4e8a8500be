package org.newsgraph.server.ld;

/** A request the server cannot serve as asked: answered with 400 and the message (which must not hold secrets). */
public class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
