package io.quotetrail.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.Validation;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quotetrail.gateway.rest.dto.ArticleLimits;
import io.quotetrail.gateway.rest.dto.ArticleSubmission;
import io.quotetrail.gateway.web.WebForms.Checked;
import io.quotetrail.gateway.web.WebForms.FieldError;
import io.quotetrail.gateway.web.WebForms.IngestForm;

/** The web forms are refused for the REST API's reasons, with the field named, before anything is sent on. */
class WebFormsTest {

    private final WebForms forms = new WebForms(Validation.buildDefaultValidatorFactory().getValidator());

    @TempDir
    Path directory;

    @Test
    void aPastedArticleBecomesTheSubmissionWithBlankFieldsLeftOut() {
        Checked<ArticleSubmission> checked = forms.submission(
                new IngestForm("The mayor said: \"We will.\"", " ", "Harbour Post", "", "2025-06-01"), null);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.value().text()).isEqualTo("The mayor said: \"We will.\"");
        assertThat(checked.value().title()).isNull();
        assertThat(checked.value().url()).isNull();
        assertThat(checked.value().publishedAt()).isEqualTo("2025-06-01");
    }

    @Test
    void anUploadedUtf8FileGivesTheText() throws IOException {
        FileUpload file = upload("article.md", "# Flood\n\n“We stay,” she said.".getBytes(StandardCharsets.UTF_8));

        Checked<ArticleSubmission> checked = forms.submission(new IngestForm("", "", "", "", ""), file);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.value().text()).isEqualTo("# Flood\n\n“We stay,” she said.");
    }

    @Test
    void badFieldsAreNamed() {
        Checked<ArticleSubmission> checked = forms.submission(
                new IngestForm("   ", "", "", "ftp://example.org/a", "15/08/2025"), null);

        assertThat(checked.errors()).extracting(FieldError::field).containsExactly("publishedAt", "text", "url");
    }

    @Test
    void textAndFileTogetherNonUtf8AndOversizedFilesAreRefused() throws IOException {
        FileUpload small = upload("a.txt", "words".getBytes(StandardCharsets.UTF_8));
        assertThat(forms.submission(new IngestForm("pasted too", "", "", "", ""), small).errors())
                .containsExactly(new FieldError("file", "give the text or a file, not both"));

        FileUpload latin1 = upload("b.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertThat(forms.submission(new IngestForm("", "", "", "", ""), latin1).errors())
                .extracting(FieldError::field).containsExactly("file");

        FileUpload huge = upload("c.txt", new byte[ArticleLimits.MAX_TEXT_BYTES + 1]);
        assertThat(forms.submission(new IngestForm("", "", "", "", ""), huge).errors())
                .extracting(FieldError::message).singleElement().asString().contains("2 MiB");
    }

    @Test
    void aTraceNeedsText() {
        assertThat(forms.trace("  ").errors()).extracting(FieldError::field).containsExactly("text");
        assertThat(forms.trace(" a misquote ").value().text()).isEqualTo("a misquote");
    }

    private FileUpload upload(String name, byte[] content) throws IOException {
        Path path = Files.write(directory.resolve(name), content);
        return new FileUpload() {
            @Override
            public String name() {
                return "file";
            }

            @Override
            public Path filePath() {
                return path;
            }

            @Override
            public String fileName() {
                return name;
            }

            @Override
            public long size() {
                return content.length;
            }

            @Override
            public String contentType() {
                return "text/plain";
            }

            @Override
            public String charSet() {
                return null;
            }

            @Override
            public MultivaluedMap<String, String> getHeaders() {
                return new MultivaluedHashMap<>();
            }
        };
    }
}
