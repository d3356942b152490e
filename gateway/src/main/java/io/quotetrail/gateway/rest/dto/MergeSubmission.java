package io.quotetrail.gateway.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/sources/merge}: which source is merged into which. */
@Schema(name = "MergeSubmission")
public record MergeSubmission(
        @Schema(required = true, description = "The source merged away: it is kept as a tombstone whose id resolves to intoId.")
        @NotNull(message = "must be a source id")
        @Pattern(regexp = MergeSubmission.UUID_PATTERN, message = "must be a UUID")
        String fromId,

        @Schema(required = true, description = "The surviving source.")
        @NotNull(message = "must be a source id")
        @Pattern(regexp = MergeSubmission.UUID_PATTERN, message = "must be a UUID")
        String intoId) {

    public static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
}
