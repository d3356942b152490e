package io.quotetrail.source.service;

/**
 * A well-formed request the registry's current state forbids (editing a merged source, merging a
 * person into an outlet); the message says why and what to do instead.
 */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message, null, false, false);
    }
}
