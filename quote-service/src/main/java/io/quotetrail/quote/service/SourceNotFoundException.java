package io.quotetrail.quote.service;

/** The source registry knows no source with the requested id. */
public class SourceNotFoundException extends NotFoundException {

    public SourceNotFoundException(String id) {
        super("source " + id + " not found in the source registry");
    }
}
