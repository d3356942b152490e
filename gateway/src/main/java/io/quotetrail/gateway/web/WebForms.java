package io.quotetrail.gateway.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quotetrail.gateway.rest.dto.ArticleLimits;
import io.quotetrail.gateway.rest.dto.ArticleSubmission;
import io.quotetrail.gateway.rest.dto.TraceSubmission;

/**
 * Turns the web forms into the API's submissions and checks them with the API's own constraints, so a form is
 * refused for exactly the reasons the REST API would refuse the same data, with the field named.
 */
@ApplicationScoped
public class WebForms {

    /** What the ingest form holds, to show it again after a refusal. */
    public record IngestForm(String text, String title, String outlet, String url, String publishedAt) {
        static final IngestForm EMPTY = new IngestForm("", "", "", "", "");
    }

    public record FieldError(String field, String message) {
    }

    public record Checked<T>(T value, List<FieldError> errors) {
    }

    private final Validator validator;

    public WebForms(Validator validator) {
        this.validator = validator;
    }

    /** The article of the ingest form: the pasted text, or the uploaded file's (UTF-8) text, never both. */
    public Checked<ArticleSubmission> submission(IngestForm form, FileUpload file) {
        List<FieldError> errors = new ArrayList<>();
        String text = blankToNull(form.text());
        boolean hasFile = file != null && file.size() > 0;
        if (hasFile && text != null) {
            errors.add(new FieldError("file", "give the text or a file, not both"));
        } else if (hasFile) {
            if (file.size() > ArticleLimits.MAX_TEXT_BYTES) {
                errors.add(new FieldError("file", "must be at most " + ArticleLimits.MAX_TEXT_BYTES + " bytes (2 MiB)"));
            } else {
                try {
                    text = decodeUtf8(Files.readAllBytes(file.uploadedFile()));
                } catch (CharacterCodingException e) {
                    errors.add(new FieldError("file", "must be UTF-8 text (plain text, Markdown or HTML)"));
                } catch (IOException e) {
                    throw new IllegalStateException("Could not read an uploaded file", e);
                }
            }
        }
        ArticleSubmission submission = new ArticleSubmission(null, blankToNull(form.title()), text,
                blankToNull(form.outlet()), blankToNull(form.url()), blankToNull(form.publishedAt()), null);
        if (errors.isEmpty()) {
            errors.addAll(violations(validator.validate(submission)));
        }
        return new Checked<>(submission, errors);
    }

    public Checked<TraceSubmission> trace(String text) {
        TraceSubmission submission = new TraceSubmission(text == null ? null : text.strip(), 5);
        return new Checked<>(submission, violations(validator.validate(submission)));
    }

    private static <T> List<FieldError> violations(java.util.Set<ConstraintViolation<T>> violations) {
        return violations.stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
