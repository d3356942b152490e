package io.quotetrail.gateway.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrpcStatusFieldTest {

    @Test
    void fieldIsReadFromTheStartOfTheBackendMessage() {
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("text must not be blank")).isEqualTo("text");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("published_at must be an ISO-8601 date")).isEqualTo("publishedAt");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("external_id is longer than 200 characters")).isEqualTo("externalId");
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("publishedAt is invalid")).isEqualTo("publishedAt");
    }

    @Test
    void messagesNotStartingWithAFieldNameHaveNoField() {
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("the article is invalid")).isNull();
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("  ")).isNull();
        assertThat(GrpcStatusExceptionMapper.fieldNamedIn("mentions: at most 1000")).isNull();
    }
}
