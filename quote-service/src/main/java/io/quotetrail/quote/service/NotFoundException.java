package io.quotetrail.quote.service;

/** Something asked for by id does not exist. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
