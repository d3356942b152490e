package io.quotetrail.source.service;

import java.util.UUID;

/** A name, alias or domain that already belongs to another source. */
public class NameTakenException extends RuntimeException {

    public NameTakenException(String field, String value, UUID ownerId, String ownerName) {
        super(field + " '" + value + "' already belongs to source "
                + (ownerName == null ? "" : "'" + ownerName + "' ") + "(" + ownerId + ")", null, false, false);
    }
}
