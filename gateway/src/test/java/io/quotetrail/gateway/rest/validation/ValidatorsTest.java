package io.quotetrail.gateway.rest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ValidatorsTest {

    @Test
    void utf8LengthMatchesTheEncoder() {
        for (String text : new String[] { "", "plain ascii", "é à ü", "日本語のテキスト", "emoji 😀 and 𝄞", "mixed “quotes” — dash" }) {
            assertThat(MaxUtf8BytesValidator.utf8Length(text, Long.MAX_VALUE))
                    .as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void utf8LengthStopsCountingPastTheLimit() {
        assertThat(MaxUtf8BytesValidator.utf8Length("a".repeat(1000), 10)).isEqualTo(11);
    }

    @Test
    void isoDatesAreStrict() {
        IsoDateValidator dates = new IsoDateValidator();
        assertThat(dates.isValid("2025-08-15", null)).isTrue();
        assertThat(dates.isValid("2024-02-29", null)).isTrue();
        assertThat(dates.isValid("", null)).isTrue();
        assertThat(dates.isValid(null, null)).isTrue();
        assertThat(dates.isValid("2025-02-29", null)).isFalse();
        assertThat(dates.isValid("2025-08-15T10:00:00Z", null)).isFalse();
        assertThat(dates.isValid("15.08.2025", null)).isFalse();
    }

    @Test
    void urlsMustBeAbsoluteHttp() {
        HttpUrlValidator urls = new HttpUrlValidator();
        assertThat(urls.isValid("https://www.theguardian.com/world/2025/aug/15/x", null)).isTrue();
        assertThat(urls.isValid("http://example.org", null)).isTrue();
        assertThat(urls.isValid("", null)).isTrue();
        assertThat(urls.isValid("mailto:a@b.c", null)).isFalse();
        assertThat(urls.isValid("www.example.com", null)).isFalse();
        assertThat(urls.isValid("https://exa mple.com", null)).isFalse();
    }
}
