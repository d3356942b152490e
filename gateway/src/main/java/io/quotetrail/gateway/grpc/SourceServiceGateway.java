package io.quotetrail.gateway.grpc;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.grpc.GrpcClient;
import io.quotetrail.proto.source.v1.AddAliasesRequest;
import io.quotetrail.proto.source.v1.GetSourceRequest;
import io.quotetrail.proto.source.v1.ListSourcesRequest;
import io.quotetrail.proto.source.v1.ListSourcesResponse;
import io.quotetrail.proto.source.v1.MergeSourcesRequest;
import io.quotetrail.proto.source.v1.MutinySourceServiceGrpc.MutinySourceServiceStub;
import io.quotetrail.proto.source.v1.Source;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's calls to source-service, each with its own deadline counted from the moment it is made. The
 * caller's token travels with each call ({@link BearerTokenForwardingInterceptor}); failures arrive as
 * {@link io.grpc.StatusRuntimeException}.
 */
@ApplicationScoped
public class SourceServiceGateway {

    private final MutinySourceServiceStub sourceService;
    private final BackendCallConfig deadlines;

    public SourceServiceGateway(@GrpcClient("source") MutinySourceServiceStub sourceService, BackendCallConfig deadlines) {
        this.sourceService = sourceService;
        this.deadlines = deadlines;
    }

    public Uni<Source> getSource(String id) {
        return withDeadline(deadlines.read().toMillis()).getSource(GetSourceRequest.newBuilder().setId(id).build());
    }

    public Uni<ListSourcesResponse> listSources(ListSourcesRequest request) {
        return withDeadline(deadlines.read().toMillis()).listSources(request);
    }

    public Uni<Source> addAliases(String id, List<String> aliases) {
        return withDeadline(deadlines.edit().toMillis())
                .addAliases(AddAliasesRequest.newBuilder().setId(id).addAllAliases(aliases).build());
    }

    public Uni<Source> mergeSources(String fromId, String intoId) {
        return withDeadline(deadlines.edit().toMillis())
                .mergeSources(MergeSourcesRequest.newBuilder().setFromId(fromId).setIntoId(intoId).build());
    }

    private MutinySourceServiceStub withDeadline(long millis) {
        return sourceService.withDeadlineAfter(millis, TimeUnit.MILLISECONDS);
    }
}
