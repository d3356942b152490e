package io.quotetrail.quote.mapping;

import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.Hop;
import io.quotetrail.proto.quote.v1.IngestArticleResponse;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteKind;
import io.quotetrail.proto.quote.v1.SourceRef;
import io.quotetrail.proto.source.v1.SourceKind;
import io.quotetrail.quote.model.ChainHop;
import io.quotetrail.quote.service.ArticleView;
import io.quotetrail.quote.service.IngestOutcome;
import java.util.UUID;

/** Stored articles to their gRPC messages. */
public final class ArticleMapper {

    private ArticleMapper() {
    }

    public static IngestArticleResponse toResponse(IngestOutcome outcome) {
        return IngestArticleResponse.newBuilder()
                .setArticle(toProto(outcome.article()))
                .setCreated(outcome.created())
                .build();
    }

    public static Article toProto(ArticleView view) {
        io.quotetrail.quote.model.Article article = view.article();
        Article.Builder builder = Article.newBuilder()
                .setId(article.id.toString())
                .setExternalId(nullToEmpty(article.externalId))
                .setTitle(nullToEmpty(article.title))
                .setUrl(nullToEmpty(article.url))
                .setPublishedAt(article.publishedAt == null ? "" : article.publishedAt.toString())
                .setLanguage(nullToEmpty(article.language))
                .setTextLength(article.textLength);
        if (article.outletSourceId != null) {
            builder.setOutlet(sourceRef(article.outletSourceId, article.outletName, article.outletKind));
        }
        for (ArticleView.OccurrenceView occurrenceView : view.occurrences()) {
            builder.addOccurrences(toProto(occurrenceView));
        }
        return builder.build();
    }

    public static Occurrence toProto(ArticleView.OccurrenceView view) {
        io.quotetrail.quote.model.Occurrence occurrence = view.occurrence();
        Occurrence.Builder builder = Occurrence.newBuilder()
                .setId(occurrence.id.toString())
                .setText(occurrence.text)
                .setStart(occurrence.startOffset)
                .setEnd(occurrence.endOffset)
                .setKind(kind(occurrence.kind))
                .setCue(nullToEmpty(occurrence.cue))
                .setMedium(nullToEmpty(occurrence.medium))
                .setOccasionDate(occurrence.occasionDate == null ? "" : occurrence.occasionDate.toString())
                .setQuoteId(occurrence.quoteId == null ? "" : occurrence.quoteId.toString())
                .setPartOf(occurrence.partOf == null ? "" : occurrence.partOf.toString());
        if (occurrence.speakerSourceId != null) {
            builder.setSpeaker(sourceRef(occurrence.speakerSourceId, occurrence.speakerName, occurrence.speakerKind));
        }
        for (ChainHop hop : view.chain()) {
            builder.addChain(Hop.newBuilder()
                    .setSource(sourceRef(hop.sourceId, hop.sourceName, hop.sourceKind))
                    .setEvidence(nullToEmpty(hop.evidence)));
        }
        return builder.build();
    }

    static SourceRef sourceRef(UUID id, String name, String kind) {
        return SourceRef.newBuilder().setId(id.toString()).setName(nullToEmpty(name)).setKind(sourceKind(kind)).build();
    }

    static SourceKind sourceKind(String name) {
        if (name == null) {
            return SourceKind.SOURCE_KIND_UNSPECIFIED;
        }
        try {
            return SourceKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return SourceKind.SOURCE_KIND_UNSPECIFIED;
        }
    }

    static QuoteKind kind(String name) {
        try {
            return QuoteKind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return QuoteKind.QUOTE_KIND_UNSPECIFIED;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
