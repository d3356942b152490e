package io.quotetrail.quote.service;

public class QuoteNotFoundException extends NotFoundException {

    public QuoteNotFoundException(String id) {
        super("quote " + id + " not found");
    }
}
