package io.quotetrail.gateway.rest.dto;

import java.util.List;

/** Every article with its quotations, oldest first. */
public record ExportView(List<ArticleView> articles) {
}
