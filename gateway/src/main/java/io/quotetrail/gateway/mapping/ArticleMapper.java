package io.quotetrail.gateway.mapping;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quotetrail.gateway.rest.dto.ArticleSubmission;
import io.quotetrail.gateway.rest.dto.ArticleView;
import io.quotetrail.gateway.rest.dto.HopView;
import io.quotetrail.gateway.rest.dto.QuoteView;
import io.quotetrail.gateway.rest.dto.SourceView;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.Hop;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteKind;
import io.quotetrail.proto.quote.v1.SourceRef;
import io.quotetrail.proto.source.v1.SourceKind;

/**
 * Between the REST bodies and the gRPC messages. Proto3 has no null: an empty string, an unset message or an
 * UNSPECIFIED enum means "absent" and becomes {@code null} in JSON, as the export contract requires.
 */
@ApplicationScoped
public class ArticleMapper {

    public IngestArticleRequest toIngestRequest(ArticleSubmission submission) {
        return IngestArticleRequest.newBuilder()
                .setExternalId(orEmpty(submission.externalId()))
                .setTitle(orEmpty(submission.title()))
                .setText(submission.text())
                .setOutlet(orEmpty(submission.outlet()))
                .setUrl(orEmpty(submission.url()))
                .setPublishedAt(orEmpty(submission.publishedAt()))
                .setLanguage(orEmpty(submission.language()))
                .build();
    }

    public ArticleView toArticleView(Article article) {
        return new ArticleView(
                emptyToNull(article.getId()),
                emptyToNull(article.getExternalId()),
                article.hasOutlet() ? toSourceView(article.getOutlet()) : null,
                emptyToNull(article.getPublishedAt()),
                article.getOccurrencesList().stream().map(this::toQuoteView).toList(),
                emptyToNull(article.getTitle()),
                emptyToNull(article.getUrl()),
                emptyToNull(article.getLanguage()),
                article.getTextLength(),
                emptyToNull(article.getText()));
    }

    public QuoteView toQuoteView(Occurrence occurrence) {
        List<HopView> chain = occurrence.getChainList().stream().map(this::toHopView).toList();
        return new QuoteView(
                occurrence.getText(),
                occurrence.getStart(),
                occurrence.getEnd(),
                kindName(occurrence.getKind()),
                occurrence.hasSpeaker() ? toSourceView(occurrence.getSpeaker()) : null,
                chain,
                emptyToNull(occurrence.getMedium()),
                emptyToNull(occurrence.getQuoteId()),
                emptyToNull(occurrence.getPartOf()),
                emptyToNull(occurrence.getId()),
                emptyToNull(occurrence.getCue()),
                emptyToNull(occurrence.getOccasionDate()));
    }

    private HopView toHopView(Hop hop) {
        SourceRef source = hop.getSource();
        return new HopView(emptyToNull(source.getId()), emptyToNull(source.getName()), kindName(source.getKind()),
                emptyToNull(hop.getEvidence()));
    }

    public SourceView toSourceView(SourceRef source) {
        return new SourceView(emptyToNull(source.getId()), emptyToNull(source.getName()), kindName(source.getKind()));
    }

    public static String kindName(SourceKind kind) {
        return kind == SourceKind.SOURCE_KIND_UNSPECIFIED || kind == SourceKind.UNRECOGNIZED ? null : kind.name();
    }

    private static String kindName(QuoteKind kind) {
        return kind == QuoteKind.QUOTE_KIND_UNSPECIFIED || kind == QuoteKind.UNRECOGNIZED ? null : kind.name();
    }

    public static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
