package io.quotetrail.source.service;

import java.util.List;

/** One page of sources and the token of the next one (empty on the last page). */
public record SourcePage(List<SourceView> sources, String nextPageToken) {
}
