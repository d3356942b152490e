package io.quotetrail.gateway.mapping;

import static io.quotetrail.gateway.mapping.ArticleMapper.emptyToNull;

import io.quotetrail.gateway.rest.dto.SourceDetailView;
import io.quotetrail.gateway.rest.dto.SourcePageView;
import io.quotetrail.proto.source.v1.ListSourcesResponse;
import io.quotetrail.proto.source.v1.Source;
import io.quotetrail.proto.source.v1.SourceKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Sources of the registry from their gRPC messages to the REST bodies. */
@ApplicationScoped
public class SourceMapper {

    /** The kinds a source may have, by name, as the REST API spells them. */
    public static final List<String> KINDS = Arrays.stream(SourceKind.values())
            .filter(kind -> kind != SourceKind.SOURCE_KIND_UNSPECIFIED && kind != SourceKind.UNRECOGNIZED)
            .map(SourceKind::name).toList();

    public SourceDetailView toView(Source source) {
        return new SourceDetailView(
                source.getId(),
                source.getName(),
                ArticleMapper.kindName(source.getKind()),
                emptyToNull(source.getExternalId()),
                source.getAliasesList(),
                source.getDomainsList(),
                source.getMergedFromList().stream()
                        .map(merged -> new SourceDetailView.MergedSource(merged.getId(), merged.getName())).toList());
    }

    public SourcePageView toView(ListSourcesResponse page) {
        return new SourcePageView(page.getSourcesList().stream().map(this::toView).toList(),
                emptyToNull(page.getNextPageToken()));
    }

    /**
     * A kind's name (any case) as the registry's enum; {@code null} or blank for every kind.
     *
     * @throws IllegalArgumentException for a name not in {@link #KINDS}
     */
    public SourceKind toKind(String name) {
        if (name == null || name.isBlank()) {
            return SourceKind.SOURCE_KIND_UNSPECIFIED;
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(upper)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS + ", not " + name);
        }
        return SourceKind.valueOf(upper);
    }
}
