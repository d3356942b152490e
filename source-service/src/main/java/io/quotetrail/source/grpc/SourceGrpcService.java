package io.quotetrail.source.grpc;

import io.quarkus.grpc.GrpcService;
import io.quotetrail.proto.source.v1.AddAliasesRequest;
import io.quotetrail.proto.source.v1.GetSourceRequest;
import io.quotetrail.proto.source.v1.ListSourcesRequest;
import io.quotetrail.proto.source.v1.ListSourcesResponse;
import io.quotetrail.proto.source.v1.MergeSourcesRequest;
import io.quotetrail.proto.source.v1.ResolveMentionsRequest;
import io.quotetrail.proto.source.v1.ResolveMentionsResponse;
import io.quotetrail.proto.source.v1.Source;
import io.quotetrail.proto.source.v1.SourceService;
import io.quotetrail.proto.source.v1.UpsertSourceRequest;
import io.quotetrail.source.mapping.SourceProtoMapper;
import io.quotetrail.source.service.SourceRegistryService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The gRPC face of the source registry. The caller is authenticated from the bearer token in the
 * {@code authorization} metadata by the HTTP layer (gRPC runs on the HTTP server); roles are checked
 * here.
 */
@GrpcService
public class SourceGrpcService implements SourceService {

    private final SourceRegistryService registry;

    @Inject
    public SourceGrpcService(SourceRegistryService registry) {
        this.registry = registry;
    }

    @Override
    @RolesAllowed(Roles.EDITOR)
    public Uni<ResolveMentionsResponse> resolveMentions(ResolveMentionsRequest request) {
        return GrpcErrors.mapped(() -> registry.resolveMentions(SourceProtoMapper.toMentions(request))
                .map(SourceProtoMapper::toResponse));
    }

    @Override
    @RolesAllowed(Roles.READER)
    public Uni<Source> getSource(GetSourceRequest request) {
        return GrpcErrors.mapped(() -> registry.getSource(request.getId()).map(SourceProtoMapper::toProto));
    }

    @Override
    @RolesAllowed(Roles.READER)
    public Uni<ListSourcesResponse> listSources(ListSourcesRequest request) {
        return GrpcErrors.mapped(() -> registry
                .listSources(request.getPageSize(), request.getPageToken(), request.getQuery(),
                        SourceProtoMapper.toKind(request.getKind()))
                .map(SourceProtoMapper::toResponse));
    }

    @Override
    @RolesAllowed(Roles.EDITOR)
    public Uni<Source> upsertSource(UpsertSourceRequest request) {
        return GrpcErrors.mapped(() -> registry.upsertSource(SourceProtoMapper.toDraft(request.getSource()))
                .map(SourceProtoMapper::toProto));
    }

    @Override
    @RolesAllowed(Roles.EDITOR)
    public Uni<Source> addAliases(AddAliasesRequest request) {
        return GrpcErrors.mapped(() -> registry.addAliases(request.getId(), request.getAliasesList())
                .map(SourceProtoMapper::toProto));
    }

    @Override
    @RolesAllowed(Roles.EDITOR)
    public Uni<Source> mergeSources(MergeSourcesRequest request) {
        return GrpcErrors.mapped(() -> registry.mergeSources(request.getFromId(), request.getIntoId())
                .map(SourceProtoMapper::toProto));
    }
}
