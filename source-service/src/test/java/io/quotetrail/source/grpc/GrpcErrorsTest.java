package io.quotetrail.source.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quotetrail.proto.grpc.AuthErrorStatuses;
import io.quotetrail.source.service.InvalidArgumentException;
import io.quotetrail.source.service.NameTakenException;
import io.quotetrail.source.service.PreconditionFailedException;
import io.quotetrail.source.service.SourceNotFoundException;
import io.vertx.pgclient.PgException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class GrpcErrorsTest {

    private static Status statusOf(Throwable failure) {
        Throwable mapped = GrpcErrors.toStatus(failure);
        assertThat(mapped).isInstanceOf(StatusRuntimeException.class);
        return ((StatusRuntimeException) mapped).getStatus();
    }

    @Test
    void registryFailuresKeepTheirMessage() {
        assertThat(statusOf(new InvalidArgumentException("mentions[3].text must not be empty")))
                .satisfies(status -> {
                    assertThat(status.getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(status.getDescription()).isEqualTo("mentions[3].text must not be empty");
                });
        assertThat(statusOf(new SourceNotFoundException(UUID.randomUUID())).getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(statusOf(new NameTakenException("aliases[0]", "AFP", UUID.randomUUID(), "AFP")).getCode())
                .isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(statusOf(new PreconditionFailedException("from_id: source x was already merged into y")))
                .satisfies(status -> {
                    assertThat(status.getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
                    assertThat(status.getDescription()).isEqualTo("from_id: source x was already merged into y");
                });
    }

    @Test
    void anUnreachableDatabaseIsUnavailable() {
        Status refused = statusOf(new PersistenceException("boom", new ConnectException("Connection refused: 10.0.0.7:5432")));
        assertThat(refused.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(refused.getDescription()).doesNotContain("10.0.0.7");

        Status shuttingDown = statusOf(new PgException("terminating connection due to administrator command", "FATAL",
                "57P01", null));
        assertThat(shuttingDown.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    }

    @Test
    void anythingElseIsInternalWithoutDetails() {
        Status status = statusOf(new IllegalStateException("secret table layout"));
        assertThat(status.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(status.getDescription()).isEqualTo("internal error");
    }

    @Test
    void securityFailuresAreLeftToTheSecurityLayer() {
        io.quarkus.security.ForbiddenException forbidden = new io.quarkus.security.ForbiddenException();
        assertThat(GrpcErrors.toStatus(forbidden)).isSameAs(forbidden);
        assertThat(AuthErrorStatuses.statusOf(forbidden).getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(AuthErrorStatuses.statusOf(new io.quarkus.security.UnauthorizedException()).getCode())
                .isEqualTo(Status.Code.UNAUTHENTICATED);
    }
}
