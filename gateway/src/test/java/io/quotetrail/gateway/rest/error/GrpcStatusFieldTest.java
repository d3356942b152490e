package io.quotetrail.gateway.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.grpc.Status;
import io.quotetrail.gateway.rest.dto.ApiError;

class GrpcStatusFieldTest {

    @Test
    void fieldIsReadFromTheStartOfTheBackendMessage() {
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("text must not be blank")).isEqualTo("text");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("published_at must be an ISO-8601 date")).isEqualTo("publishedAt");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("external_id is longer than 200 characters")).isEqualTo("externalId");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("publishedAt is invalid")).isEqualTo("publishedAt");
    }

    @Test
    void theSourceRegistrysFieldsAreNamedToo() {
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("aliases[1] 'AFP' already belongs to source 'AFP' (x)"))
                .isEqualTo("aliases");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("into_id must name another source than from_id"))
                .isEqualTo("intoId");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("from_id: source x was already merged into y")).isEqualTo("fromId");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("page_token is not a token returned by ListSources"))
                .isEqualTo("pageToken");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("cannot merge PERSON 'A' into OUTLET 'B'")).isNull();
    }

    @Test
    void aNameHeldElsewhereOrAMergeTheStateForbidsIsAConflictNamingTheField() {
        GrpcStatusExceptionMapper mapper = new GrpcStatusExceptionMapper(() -> Duration.ofSeconds(5));
        Response taken = mapper.statusRuntime(Status.ALREADY_EXISTS
                .withDescription("aliases[0] 'AFP' already belongs to source 'AFP' (x)").asRuntimeException());
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat((ApiError) taken.getEntity()).satisfies(error -> {
            assertThat(error.field()).isEqualTo("aliases");
            assertThat(error.error()).isEqualTo("Conflict");
            assertThat(error.message()).isEqualTo("aliases[0] 'AFP' already belongs to source 'AFP' (x)");
        });
        Response refused = mapper.statusRuntime(Status.FAILED_PRECONDITION
                .withDescription("cannot merge PERSON 'A' into OUTLET 'B'").asRuntimeException());
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(((ApiError) refused.getEntity()).field()).isNull();
    }

    @Test
    void messagesNotStartingWithAFieldNameHaveNoField() {
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("the article is invalid")).isNull();
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("  ")).isNull();
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("mentions: at most 1000")).isNull();
    }
}
