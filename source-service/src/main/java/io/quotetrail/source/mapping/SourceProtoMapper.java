package io.quotetrail.source.mapping;

import io.quotetrail.proto.source.v1.ListSourcesResponse;
import io.quotetrail.proto.source.v1.Mention;
import io.quotetrail.proto.source.v1.MergedSource;
import io.quotetrail.proto.source.v1.ResolveMentionsRequest;
import io.quotetrail.proto.source.v1.ResolveMentionsResponse;
import io.quotetrail.proto.source.v1.Source;
import io.quotetrail.source.model.MentionContext;
import io.quotetrail.source.model.SourceKind;
import io.quotetrail.source.service.MentionInput;
import io.quotetrail.source.service.Resolution;
import io.quotetrail.source.service.SourceDraft;
import io.quotetrail.source.service.SourcePage;
import io.quotetrail.source.service.SourceView;

import java.util.List;

/** Translates between the gRPC messages and the registry's own types. */
public final class SourceProtoMapper {

    private SourceProtoMapper() {
    }

    public static List<MentionInput> toMentions(ResolveMentionsRequest request) {
        return request.getMentionsList().stream().map(SourceProtoMapper::toMention).toList();
    }

    static MentionInput toMention(Mention mention) {
        return new MentionInput(mention.getText(), toContext(mention.getContext()), toKind(mention.getKindHint()),
                mention.getUrl(), mention.getKnownOnly());
    }

    public static SourceDraft toDraft(Source source) {
        return new SourceDraft(source.getId(), source.getName(), toKind(source.getKind()), source.getExternalId(),
                source.getAliasesList(), source.getDomainsList());
    }

    public static ResolveMentionsResponse toResponse(List<Resolution> resolutions) {
        ResolveMentionsResponse.Builder response = ResolveMentionsResponse.newBuilder();
        for (Resolution resolution : resolutions) {
            io.quotetrail.proto.source.v1.Resolution.Builder item = io.quotetrail.proto.source.v1.Resolution.newBuilder()
                    .setCreated(resolution.created());
            if (resolution.source() != null) {
                item.setSource(toProto(resolution.source()));
            }
            response.addResolutions(item);
        }
        return response.build();
    }

    public static ListSourcesResponse toResponse(SourcePage page) {
        return ListSourcesResponse.newBuilder()
                .addAllSources(page.sources().stream().map(SourceProtoMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .build();
    }

    public static Source toProto(SourceView view) {
        return Source.newBuilder()
                .setId(view.id().toString())
                .setName(view.name())
                .setKind(toProto(view.kind()))
                .addAllAliases(view.aliases())
                .addAllDomains(view.domains())
                .setExternalId(view.externalId() == null ? "" : view.externalId())
                .addAllMergedFrom(view.mergedFrom().stream()
                        .map(merged -> MergedSource.newBuilder().setId(merged.id().toString()).setName(merged.name()).build())
                        .toList())
                .build();
    }

    /** {@code null} for an unspecified or unknown kind. */
    public static SourceKind toKind(io.quotetrail.proto.source.v1.SourceKind kind) {
        return switch (kind) {
            case PERSON -> SourceKind.PERSON;
            case ORGANIZATION -> SourceKind.ORGANIZATION;
            case GOVERNMENT -> SourceKind.GOVERNMENT;
            case STATE_MEDIA -> SourceKind.STATE_MEDIA;
            case NEWS_AGENCY -> SourceKind.NEWS_AGENCY;
            case OUTLET -> SourceKind.OUTLET;
            case PLATFORM -> SourceKind.PLATFORM;
            case SOURCE_KIND_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    static io.quotetrail.proto.source.v1.SourceKind toProto(SourceKind kind) {
        return switch (kind) {
            case PERSON -> io.quotetrail.proto.source.v1.SourceKind.PERSON;
            case ORGANIZATION -> io.quotetrail.proto.source.v1.SourceKind.ORGANIZATION;
            case GOVERNMENT -> io.quotetrail.proto.source.v1.SourceKind.GOVERNMENT;
            case STATE_MEDIA -> io.quotetrail.proto.source.v1.SourceKind.STATE_MEDIA;
            case NEWS_AGENCY -> io.quotetrail.proto.source.v1.SourceKind.NEWS_AGENCY;
            case OUTLET -> io.quotetrail.proto.source.v1.SourceKind.OUTLET;
            case PLATFORM -> io.quotetrail.proto.source.v1.SourceKind.PLATFORM;
        };
    }

    static MentionContext toContext(io.quotetrail.proto.source.v1.MentionContext context) {
        return switch (context) {
            case SPEAKER -> MentionContext.SPEAKER;
            case INTERMEDIARY -> MentionContext.INTERMEDIARY;
            case PUBLISHER -> MentionContext.PUBLISHER;
            case MENTION_CONTEXT_UNSPECIFIED, UNRECOGNIZED -> MentionContext.UNSPECIFIED;
        };
    }
}
