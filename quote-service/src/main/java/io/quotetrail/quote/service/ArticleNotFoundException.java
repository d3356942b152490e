package io.quotetrail.quote.service;

public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String id) {
        super("article " + id + " not found");
    }
}
