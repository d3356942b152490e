package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A source (person, agency, outlet…) as referenced from an article or a quotation. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SourceView(String id, String name, String kind) {
}
