package io.quotetrail.quote.service;

/** A request field is missing or malformed; the message names the field and is safe to show. */
public class InvalidArgumentException extends RuntimeException {

    private final String field;

    public InvalidArgumentException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
