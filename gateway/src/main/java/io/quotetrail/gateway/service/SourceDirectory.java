package io.quotetrail.gateway.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotetrail.gateway.grpc.SourceMergeServiceGateway;
import io.quotetrail.gateway.grpc.SourceServiceGateway;
import io.quotetrail.gateway.mapping.SourceMapper;
import io.quotetrail.gateway.rest.dto.SourceDetailView;
import io.quotetrail.gateway.rest.dto.SourcePageView;
import io.quotetrail.proto.source.v1.ListSourcesRequest;
import io.smallrye.mutiny.Uni;

/**
 * The source registry as the public API and the web app see it: source-service owns the sources, quote-service
 * keeps its stored references to them in step after a merge. Every call is made with the caller's token, so the
 * services check the caller's roles too. Failures arrive as {@link io.grpc.StatusRuntimeException}.
 */
@ApplicationScoped
public class SourceDirectory {

    private final SourceServiceGateway sourceService;
    private final SourceMergeServiceGateway sourceMerges;
    private final SourceMapper mapper;

    public SourceDirectory(SourceServiceGateway sourceService, SourceMergeServiceGateway sourceMerges,
            SourceMapper mapper) {
        this.sourceService = sourceService;
        this.sourceMerges = sourceMerges;
        this.mapper = mapper;
    }

    /**
     * Live sources ordered by name, a page at a time.
     *
     * @param query     part of a name or alias, any case, or null
     * @param kind      one of {@link SourceMapper#KINDS} (any case), or null for every kind
     * @param pageSize  1 to 500, or null for 50
     * @param pageToken the previous page's nextPageToken, or null for the first page
     */
    public Uni<SourcePageView> list(String query, String kind, Integer pageSize, String pageToken) {
        ListSourcesRequest request = ListSourcesRequest.newBuilder()
                .setQuery(orEmpty(query)).setKind(mapper.toKind(kind)).setPageSize(pageSize == null ? 0 : pageSize)
                .setPageToken(orEmpty(pageToken)).build();
        return sourceService.listSources(request).map(mapper::toView);
    }

    /** The source with this id; for a merged id, the source it was merged into (whose id differs). */
    public Uni<SourceDetailView> find(String id) {
        return sourceService.getSource(id).map(mapper::toView);
    }

    /** Adds names to a source; a name another source holds is refused (ALREADY_EXISTS) and nothing is added. */
    public Uni<SourceDetailView> addAliases(String id, List<String> aliases) {
        return sourceService.addAliases(id, aliases).map(mapper::toView);
    }

    /**
     * Merges one source into another that names the same entity, then has quote-service rewrite its stored
     * references to the merged one, so that quotes, graphs, search and export show the survivor. Both steps are
     * idempotent: when the second fails (quote-service unavailable), calling this again completes the merge.
     *
     * @return the survivor, with the merged source among its mergedFrom
     */
    public Uni<SourceDetailView> merge(String fromId, String intoId) {
        return sourceService.mergeSources(fromId, intoId)
                .call(survivor -> sourceMerges.applySourceMerge(fromId))
                .map(mapper::toView);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
