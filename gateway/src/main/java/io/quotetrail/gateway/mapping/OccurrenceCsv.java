package io.quotetrail.gateway.mapping;

import java.util.List;
import java.util.stream.Collectors;

import io.quotetrail.proto.quote.v1.Appearance;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.Hop;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteKind;
import io.quotetrail.proto.quote.v1.SourceRef;

/**
 * Occurrences as CSV (RFC 4180): one row per occurrence, a header row, CRLF line ends, UTF-8. Article text is
 * untrusted and spreadsheets run cells that start like a formula, so such a cell gets a leading apostrophe
 * (which spreadsheets show as text and do not evaluate).
 */
public final class OccurrenceCsv {

    public static final List<String> COLUMNS = List.of("quoteId", "occurrenceId", "articleId", "externalId", "outlet",
            "url", "title", "publishedAt", "speaker", "text", "kind", "start", "end", "chain", "medium", "occasionDate",
            "partOf");

    /** Between the names of a chain's hops, origin first. */
    public static final String CHAIN_SEPARATOR = " > ";

    private static final String LINE_END = "\r\n";

    private OccurrenceCsv() {
    }

    public static String header() {
        return line(COLUMNS);
    }

    /** The rows of every occurrence of one article, in the article's order. */
    public static String rows(Article article) {
        StringBuilder rows = new StringBuilder();
        for (Occurrence occurrence : article.getOccurrencesList()) {
            rows.append(row(article.getId(), article.getExternalId(), article.hasOutlet() ? article.getOutlet() : null,
                    article.getUrl(), article.getTitle(), article.getPublishedAt(), occurrence));
        }
        return rows.toString();
    }

    /** The rows of every appearance of one quote, oldest publication first. */
    public static String rows(QuoteDetail quote) {
        StringBuilder rows = new StringBuilder();
        for (Appearance appearance : quote.getAppearancesList()) {
            rows.append(row(appearance.getArticleId(), appearance.getExternalId(),
                    appearance.hasOutlet() ? appearance.getOutlet() : null, appearance.getUrl(), appearance.getTitle(),
                    appearance.getPublishedAt(), appearance.getOccurrence()));
        }
        return rows.toString();
    }

    private static String row(String articleId, String externalId, SourceRef outlet, String url, String title,
                              String publishedAt, Occurrence occurrence) {
        return line(List.of(
                occurrence.getQuoteId(),
                occurrence.getId(),
                articleId,
                externalId,
                outlet == null ? "" : outlet.getName(),
                url,
                title,
                publishedAt,
                occurrence.hasSpeaker() ? occurrence.getSpeaker().getName() : "",
                occurrence.getText(),
                occurrence.getKind() == QuoteKind.QUOTE_KIND_UNSPECIFIED || occurrence.getKind() == QuoteKind.UNRECOGNIZED
                        ? "" : occurrence.getKind().name(),
                Integer.toString(occurrence.getStart()),
                Integer.toString(occurrence.getEnd()),
                occurrence.getChainList().stream().map(OccurrenceCsv::hopName).collect(Collectors.joining(CHAIN_SEPARATOR)),
                occurrence.getMedium(),
                occurrence.getOccasionDate(),
                occurrence.getPartOf()));
    }

    private static String hopName(Hop hop) {
        return hop.getSource().getName().isEmpty() ? hop.getSource().getId() : hop.getSource().getName();
    }

    private static String line(List<String> values) {
        return values.stream().map(OccurrenceCsv::cell).collect(Collectors.joining(",", "", LINE_END));
    }

    /**
     * One field: defused when a spreadsheet would read it as a formula (it starts with = + - @, a tab or a carriage
     * return), then quoted when it holds a comma, a double quote or a line break, with its double quotes doubled.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
