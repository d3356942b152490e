package io.quotetrail.quote.service;

/**
 * A well-formed request the current state does not allow (applying a merge the registry has not
 * made); the message names the field and says why, and is safe to show.
 */
public class FailedPreconditionException extends RuntimeException {

    public FailedPreconditionException(String field, String problem) {
        super(field + ": " + problem);
    }
}
