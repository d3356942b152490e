package io.quotetrail.source.service;

/** A request the registry cannot act on; the message names the offending field. */
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message, null, false, false);
    }
}
