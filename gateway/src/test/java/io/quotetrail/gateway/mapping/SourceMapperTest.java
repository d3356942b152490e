package io.quotetrail.gateway.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quotetrail.gateway.rest.dto.SourceDetailView;
import io.quotetrail.gateway.rest.dto.SourcePageView;
import io.quotetrail.proto.source.v1.ListSourcesResponse;
import io.quotetrail.proto.source.v1.MergedSource;
import io.quotetrail.proto.source.v1.Source;
import io.quotetrail.proto.source.v1.SourceKind;

class SourceMapperTest {

    private final SourceMapper mapper = new SourceMapper();

    @Test
    void aSourceKeepsItsNamesDomainsAndMergedSources() {
        SourceDetailView view = mapper.toView(Source.newBuilder().setId("b").setName("KCNA").setKind(SourceKind.STATE_MEDIA)
                .addAliases("Korean Central News Agency").addDomains("kcna.kp")
                .addMergedFrom(MergedSource.newBuilder().setId("a").setName("KCNA Watch")).build());

        assertThat(view).isEqualTo(new SourceDetailView("b", "KCNA", "STATE_MEDIA", null,
                List.of("Korean Central News Agency"), List.of("kcna.kp"),
                List.of(new SourceDetailView.MergedSource("a", "KCNA Watch"))));
    }

    @Test
    void theLastPageHasNoToken() {
        SourcePageView last = mapper.toView(ListSourcesResponse.newBuilder()
                .addSources(Source.newBuilder().setId("a").setName("AFP").setKind(SourceKind.NEWS_AGENCY)).build());
        assertThat(last.nextPageToken()).isNull();
        assertThat(last.sources()).extracting(SourceDetailView::name).containsExactly("AFP");
    }

    @Test
    void kindsAreReadInAnyCaseAndNoKindMeansEvery() {
        assertThat(mapper.toKind("outlet")).isEqualTo(SourceKind.OUTLET);
        assertThat(mapper.toKind(" State_Media ")).isEqualTo(SourceKind.STATE_MEDIA);
        assertThat(mapper.toKind(null)).isEqualTo(SourceKind.SOURCE_KIND_UNSPECIFIED);
        assertThat(mapper.toKind("")).isEqualTo(SourceKind.SOURCE_KIND_UNSPECIFIED);
        assertThatThrownBy(() -> mapper.toKind("SOURCE_KIND_UNSPECIFIED")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mapper.toKind("blog")).hasMessageStartingWith("kind must be one of [PERSON,");
        assertThat(SourceMapper.KINDS).containsExactly("PERSON", "ORGANIZATION", "GOVERNMENT", "STATE_MEDIA",
                "NEWS_AGENCY", "OUTLET", "PLATFORM");
    }
}
