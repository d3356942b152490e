package io.quotetrail.gateway.rest.dto;

/**
 * Size limits of an ingested article, as documented in the OpenAPI document and enforced before any backend
 * is called. {@link #MAX_TEXT_BYTES} matches the limit of quote-service's {@code IngestArticleRequest.text}.
 */
public final class ArticleLimits {

    /** 2 MiB of UTF-8. A longer text is answered with 413 Payload Too Large. */
    public static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    public static final int MAX_EXTERNAL_ID_CHARS = 200;
    /** Articles in one batch ingest; the whole body must also fit the HTTP limit (6 MiB). */
    public static final int MAX_BATCH_ARTICLES = 500;
    public static final int MAX_TITLE_CHARS = 1000;
    public static final int MAX_OUTLET_CHARS = 300;
    public static final int MAX_URL_CHARS = 2048;
    /** Empty (absent), or a language with optional script/region/variant subtags: "en", "pt-BR", "zh-Hant-TW". */
    public static final String LANGUAGE_TAG_PATTERN = "^(|[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*)$";

    private ArticleLimits() {
    }
}
