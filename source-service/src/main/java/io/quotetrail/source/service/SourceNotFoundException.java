package io.quotetrail.source.service;

import java.util.UUID;

/** No source has the requested id. */
public class SourceNotFoundException extends RuntimeException {

    public SourceNotFoundException(UUID id) {
        super("source " + id + " does not exist", null, false, false);
    }
}
