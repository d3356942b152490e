package io.quotetrail.gateway.health;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import grpc.health.v1.MutinyHealthGrpc.MutinyHealthStub;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quotetrail.gateway.grpc.BackendCallConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Ready only when both gRPC backends answer the standard grpc.health.v1 Health/Check with SERVING within a short
 * deadline. The gateway can answer nothing useful without quote-service, nor ingest without source-service.
 */
@Readiness
@ApplicationScoped
public class GrpcBackendsReadinessCheck implements AsyncHealthCheck {

    private static final Logger LOG = Logger.getLogger(GrpcBackendsReadinessCheck.class);
    private static final String OVERALL_SERVICE = "";

    private final MutinyHealthStub quoteService;
    private final MutinyHealthStub sourceService;
    private final BackendCallConfig deadlines;

    public GrpcBackendsReadinessCheck(@GrpcClient("quote") MutinyHealthStub quoteService,
            @GrpcClient("source") MutinyHealthStub sourceService, BackendCallConfig deadlines) {
        this.quoteService = quoteService;
        this.sourceService = sourceService;
        this.deadlines = deadlines;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.combine().all().unis(servingStatus(quoteService), servingStatus(sourceService))
                .with((quote, source) -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("gRPC backends")
                            .withData("quote-service", quote)
                            .withData("source-service", source);
                    return (isServing(quote) && isServing(source) ? response.up() : response.down()).build();
                });
    }

    /** SERVING, NOT_SERVING…, or the gRPC status code of a failed check (UNAVAILABLE, DEADLINE_EXCEEDED…). */
    private Uni<String> servingStatus(MutinyHealthStub backend) {
        return backend.withDeadlineAfter(deadlines.health().toMillis(), TimeUnit.MILLISECONDS)
                .check(HealthCheckRequest.newBuilder().setService(OVERALL_SERVICE).build())
                .map(answer -> answer.getStatus().name())
                .onFailure().invoke(failure -> LOG.debugf(failure, "gRPC health check failed"))
                .onFailure().recoverWithItem(failure -> Status.fromThrowable(failure).getCode().name());
    }

    private static boolean isServing(String status) {
        return ServingStatus.SERVING.name().equals(status);
    }
}
