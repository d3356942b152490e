package io.quotetrail.gateway.grpc;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.grpc.GrpcClient;
import io.quotetrail.proto.quote.v1.ApplySourceMergeRequest;
import io.quotetrail.proto.quote.v1.ApplySourceMergeResponse;
import io.quotetrail.proto.quote.v1.MutinySourceMergeServiceGrpc.MutinySourceMergeServiceStub;
import io.smallrye.mutiny.Uni;

/** The gateway's calls to quote-service's {@code SourceMergeService}, each with its own deadline. */
@ApplicationScoped
public class SourceMergeServiceGateway {

    private final MutinySourceMergeServiceStub sourceMerges;
    private final BackendCallConfig deadlines;

    public SourceMergeServiceGateway(@GrpcClient("quote") MutinySourceMergeServiceStub sourceMerges,
            BackendCallConfig deadlines) {
        this.sourceMerges = sourceMerges;
        this.deadlines = deadlines;
    }

    /** Has quote-service rewrite its stored references to a source the registry merged into another. */
    public Uni<ApplySourceMergeResponse> applySourceMerge(String mergedSourceId) {
        return sourceMerges.withDeadlineAfter(deadlines.sourceMerge().toMillis(), TimeUnit.MILLISECONDS)
                .applySourceMerge(ApplySourceMergeRequest.newBuilder().setSourceId(mergedSourceId).build());
    }
}
