package io.quotetrail.quote.service;

public class ArticleNotFoundException extends NotFoundException {

    public ArticleNotFoundException(String id) {
        super("article " + id + " not found");
    }
}
