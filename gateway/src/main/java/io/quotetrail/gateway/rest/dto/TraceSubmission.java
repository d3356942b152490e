package io.quotetrail.gateway.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/trace}: text as someone saw it. */
@Schema(name = "TraceSubmission", description = "Text to trace back to the quotes it may be.")
public record TraceSubmission(

        @Schema(required = true, description = "The text as seen: perhaps misquoted, truncated, re-punctuated.",
                maxLength = TraceSubmission.MAX_TEXT_CHARS, examples = "the volunteers saved the old bridge")
        @NotBlank(message = "must not be blank")
        @Size(max = TraceSubmission.MAX_TEXT_CHARS, message = "must be at most " + TraceSubmission.MAX_TEXT_CHARS + " characters")
        String text,

        @Schema(description = "How many matches to return, 1 to 20 (default 5).")
        @Min(value = 1, message = "must be between 1 and 20")
        @Max(value = 20, message = "must be between 1 and 20")
        Integer limit) {

    public static final int MAX_TEXT_CHARS = 10_000;
}
