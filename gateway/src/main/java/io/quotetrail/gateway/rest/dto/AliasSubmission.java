package io.quotetrail.gateway.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/sources/{id}/aliases}: names to add to a source. */
@Schema(name = "AliasSubmission")
public record AliasSubmission(
        @Schema(required = true, description = "Other names the source goes by; a name another source holds is refused (409).",
                examples = "[\"Korean Central News Agency\"]")
        @NotNull(message = "must be a list of names")
        @Size(min = 1, max = AliasSubmission.MAX_ALIASES, message = "must hold 1 to " + AliasSubmission.MAX_ALIASES + " names")
        // Element messages follow the element's name in the error, e.g. "aliases[1] must not be blank".
        List<@NotBlank(message = "must not be blank")
             @Size(max = AliasSubmission.MAX_NAME_CHARS, message = "must be at most "
                     + AliasSubmission.MAX_NAME_CHARS + " characters") String> aliases) {

    public static final int MAX_ALIASES = 100;
    /** source-service's limit on a name. */
    public static final int MAX_NAME_CHARS = 300;
}
