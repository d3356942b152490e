package io.quotetrail.quote.mapping;

import io.quotetrail.proto.quote.v1.ApplySourceMergeResponse;
import io.quotetrail.quote.service.SourceMergeApplier;

/** An applied source merge to its gRPC message. */
public final class SourceMergeMapper {

    private SourceMergeMapper() {
    }

    public static ApplySourceMergeResponse toProto(SourceMergeApplier.Outcome outcome) {
        return ApplySourceMergeResponse.newBuilder()
                .setSurvivingSource(ArticleMapper.sourceRef(outcome.survivor().id(), outcome.survivor().name(),
                        outcome.survivor().kind()))
                .setSpeakers(outcome.speakers())
                .setChainHops(outcome.chainHops())
                .setOutlets(outcome.outlets())
                .setQuotes(outcome.quotes())
                .build();
    }
}
