package io.quotetrail.quote.grpc;

import io.quarkus.grpc.GrpcService;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quotetrail.proto.quote.v1.ApplySourceMergeRequest;
import io.quotetrail.proto.quote.v1.ApplySourceMergeResponse;
import io.quotetrail.proto.quote.v1.SourceMergeService;
import io.quotetrail.quote.mapping.SourceMergeMapper;
import io.quotetrail.quote.service.SourceMergeApplier;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;

/** The gRPC face of applying the registry's merges: authorisation, message mapping and status codes only. */
@GrpcService
public class SourceMergeGrpcService implements SourceMergeService {

    private final SourceMergeApplier applier;
    private final SecurityIdentity identity;

    public SourceMergeGrpcService(SourceMergeApplier applier, SecurityIdentity identity) {
        this.applier = applier;
        this.identity = identity;
    }

    @Override
    @RolesAllowed("editor")
    public Uni<ApplySourceMergeResponse> applySourceMerge(ApplySourceMergeRequest request) {
        return applier.apply(request.getSourceId(), callerAuthorization())
                .map(SourceMergeMapper::toProto)
                .onFailure().transform(GrpcErrors::toStatus);
    }

    /** The caller's own bearer token, to ask source-service on its behalf. */
    private String callerAuthorization() {
        TokenCredential token = identity.getCredential(TokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }
}
