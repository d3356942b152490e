package io.quotetrail.gateway.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One hop of an attribution chain: the source, and the text that justifies the hop. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HopView(String id, String name, String kind, String evidence) {
}
