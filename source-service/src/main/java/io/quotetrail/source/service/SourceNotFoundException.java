package io.quotetrail.source.service;

import java.util.UUID;

/** No source has the requested id. */
public class SourceNotFoundException extends RuntimeException {

    public SourceNotFoundException(UUID id) {
        super("source " + id + " does not exist", null, false, false);
    }

    /** For a request naming several sources: says which field names the missing one. */
    public SourceNotFoundException(String field, UUID id) {
        super(field + ": source " + id + " does not exist", null, false, false);
    }
}
