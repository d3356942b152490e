package io.quotetrail.source.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quotetrail.proto.source.v1.AddAliasesRequest;
import io.quotetrail.proto.source.v1.GetSourceRequest;
import io.quotetrail.proto.source.v1.ListSourcesRequest;
import io.quotetrail.proto.source.v1.Mention;
import io.quotetrail.proto.source.v1.MentionContext;
import io.quotetrail.proto.source.v1.MergeSourcesRequest;
import io.quotetrail.proto.source.v1.MergedSource;
import io.quotetrail.proto.source.v1.Resolution;
import io.quotetrail.proto.source.v1.ResolveMentionsRequest;
import io.quotetrail.proto.source.v1.Source;
import io.quotetrail.proto.source.v1.SourceKind;
import io.quotetrail.proto.source.v1.SourceService;
import io.quotetrail.proto.source.v1.UpsertSourceRequest;
import io.quotetrail.source.Callers;
import io.quotetrail.source.RandomPortTestResource;
import io.quotetrail.stack.testing.PostgresTestResource;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.quotetrail.source.Callers.TIMEOUT;
import static io.quotetrail.source.grpc.SourceRegistryGrpcTest.assertStatus;
import static org.assertj.core.api.Assertions.assertThat;

/** Merging two sources that name one entity, against real PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(RandomPortTestResource.class)
class SourceMergeGrpcTest {

    @GrpcClient(RandomPortTestResource.CLIENT)
    SourceService client;

    @Test
    void theSurvivorGainsNamesDomainsAndExternalIdAndTheMergedIdStillResolves() {
        String suffix = suffix();
        Source merged = upsert(Source.newBuilder().setName("Tidewater Daily " + suffix).setKind(SourceKind.NEWS_AGENCY)
                .addAliases("TWD " + suffix).addDomains("tidewater-" + suffix + ".example")
                .setExternalId("wikidata:Q" + suffix).build());
        Source survivor = upsert(Source.newBuilder().setName("The Tidewater " + suffix).setKind(SourceKind.OUTLET)
                .addAliases("Tidewater Paper " + suffix).build());

        Source answer = merge(merged.getId(), survivor.getId());

        assertThat(answer.getId()).isEqualTo(survivor.getId());
        assertThat(answer.getName()).isEqualTo("The Tidewater " + suffix);
        assertThat(answer.getKind()).as("the survivor keeps its kind").isEqualTo(SourceKind.OUTLET);
        assertThat(answer.getAliasesList()).containsExactlyInAnyOrder(
                "Tidewater Paper " + suffix, "Tidewater Daily " + suffix, "TWD " + suffix);
        assertThat(answer.getDomainsList()).containsExactly("tidewater-" + suffix + ".example");
        assertThat(answer.getExternalId()).isEqualTo("wikidata:Q" + suffix);
        assertThat(answer.getMergedFromList()).containsExactly(
                MergedSource.newBuilder().setId(merged.getId()).setName("Tidewater Daily " + suffix).build());

        assertThat(get(merged.getId())).as("GetSource of the merged id answers the survivor").isEqualTo(answer);
        assertThat(get(survivor.getId())).isEqualTo(answer);

        List<Resolution> resolved = resolve(List.of(
                mention("Tidewater Daily " + suffix), mention("the TWD " + suffix),
                Mention.newBuilder().setText("TD").setContext(MentionContext.PUBLISHER)
                        .setUrl("https://www.tidewater-" + suffix + ".example/news/1").build()));
        assertThat(resolved).allSatisfy(resolution -> {
            assertThat(resolution.getSource().getId()).isEqualTo(survivor.getId());
            assertThat(resolution.getCreated()).isFalse();
        });

        assertThat(list("tidewater " + suffix, SourceKind.SOURCE_KIND_UNSPECIFIED)).extracting(Source::getId)
                .containsExactly(survivor.getId());
        assertThat(list(suffix, SourceKind.NEWS_AGENCY)).as("the merged source is listed no more").isEmpty();
    }

    @Test
    void mergingAgainIntoTheSameSurvivorChangesNothing() {
        String suffix = suffix();
        Source merged = upsert(outlet("Retry Courier " + suffix));
        Source survivor = upsert(outlet("Retry Herald " + suffix));
        Source first = merge(merged.getId(), survivor.getId());
        Source again = merge(merged.getId(), survivor.getId());
        assertThat(again).isEqualTo(first);
    }

    @Test
    void mergeChainsStayOneHopLong() {
        String suffix = suffix();
        Source first = upsert(person("V. Ostrander " + suffix));
        Source second = upsert(person("Viktor Ostrander " + suffix));
        Source third = upsert(person("President Viktor Ostrander " + suffix));
        merge(first.getId(), second.getId());
        Source survivor = merge(second.getId(), third.getId());

        assertThat(survivor.getMergedFromList()).extracting(MergedSource::getId)
                .containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(get(first.getId()).getId()).isEqualTo(third.getId());
        assertThat(resolve(List.of(mention("V. Ostrander " + suffix))).get(0).getSource().getId())
                .isEqualTo(third.getId());
        assertStatus(() -> merge(first.getId(), second.getId()), Status.Code.FAILED_PRECONDITION,
                "was already merged into " + third.getId());
    }

    @Test
    void mergesTheStateForbidsAreRefusedAndChangeNothing() {
        String suffix = suffix();
        Source outlet = upsert(outlet("Refusal Gazette " + suffix).toBuilder().setExternalId("wikidata:Q1" + suffix).build());
        Source otherOutlet = upsert(outlet("Refusal Tribune " + suffix).toBuilder().setExternalId("wikidata:Q2" + suffix).build());
        Source person = upsert(person("Refusal Person " + suffix));
        Source tombstone = upsert(outlet("Refusal Weekly " + suffix));
        Source tombstoneSurvivor = upsert(outlet("Refusal Monthly " + suffix));
        merge(tombstone.getId(), tombstoneSurvivor.getId());

        assertStatus(() -> merge(person.getId(), outlet.getId()), Status.Code.FAILED_PRECONDITION,
                "cannot merge PERSON 'Refusal Person " + suffix + "' into OUTLET");
        assertStatus(() -> merge(outlet.getId(), person.getId()), Status.Code.FAILED_PRECONDITION, "UpsertSource");
        assertStatus(() -> merge(outlet.getId(), otherOutlet.getId()), Status.Code.FAILED_PRECONDITION,
                "external ids name two different entities");
        assertStatus(() -> merge(outlet.getId(), tombstone.getId()), Status.Code.FAILED_PRECONDITION,
                "into_id: source " + tombstone.getId() + " was merged into " + tombstoneSurvivor.getId());
        assertStatus(() -> merge(tombstone.getId(), outlet.getId()), Status.Code.FAILED_PRECONDITION,
                "from_id: source " + tombstone.getId() + " was already merged");

        assertThat(get(outlet.getId())).isEqualTo(outlet);
        assertThat(get(otherOutlet.getId())).isEqualTo(otherOutlet);
        assertThat(get(person.getId())).isEqualTo(person);
    }

    @Test
    void malformedAndUnknownIdsAreRejectedNamingTheField() {
        Source outlet = upsert(outlet("Id Check Post " + suffix()));
        String unknown = UUID.randomUUID().toString();
        assertStatus(() -> merge(outlet.getId(), outlet.getId()), Status.Code.INVALID_ARGUMENT,
                "into_id must name another source than from_id");
        assertStatus(() -> merge("", outlet.getId()), Status.Code.INVALID_ARGUMENT, "from_id must not be empty");
        assertStatus(() -> merge(outlet.getId(), "not-a-uuid"), Status.Code.INVALID_ARGUMENT, "into_id must be a UUID");
        assertStatus(() -> merge(unknown, outlet.getId()), Status.Code.NOT_FOUND, "from_id: source " + unknown);
        assertStatus(() -> merge(outlet.getId(), unknown), Status.Code.NOT_FOUND, "into_id: source " + unknown);
    }

    @Test
    void aMergedSourceIsNotEditedAnyMore() {
        String suffix = suffix();
        Source merged = upsert(outlet("Edit Check Post " + suffix));
        Source survivor = upsert(outlet("Edit Check Times " + suffix));
        merge(merged.getId(), survivor.getId());

        assertStatus(() -> Callers.editor(client).addAliases(AddAliasesRequest.newBuilder().setId(merged.getId())
                        .addAliases("ECP " + suffix).build()).await().atMost(TIMEOUT),
                Status.Code.FAILED_PRECONDITION, "was merged into " + survivor.getId());
        assertStatus(() -> upsert(Source.newBuilder().setId(merged.getId()).addAliases("ECP " + suffix).build()),
                Status.Code.FAILED_PRECONDITION, "edit that source instead");
        assertThat(resolve(List.of(mention("ECP " + suffix))).get(0).getCreated())
                .as("the refused alias was registered nowhere").isTrue();
    }

    @Test
    void twoSourcesMergedIntoEachOtherAtOnceEndAsOne() {
        for (int round = 0; round < 5; round++) {
            String suffix = suffix();
            Source a = upsert(outlet("Crosswise A " + suffix));
            Source b = upsert(outlet("Crosswise B " + suffix));
            SourceService editor = Callers.editor(client);
            List<Uni<Object>> calls = List.of(
                    editor.mergeSources(request(a.getId(), b.getId())).map(source -> (Object) source)
                            .onFailure().recoverWithItem(failure -> failure),
                    editor.mergeSources(request(b.getId(), a.getId())).map(source -> (Object) source)
                            .onFailure().recoverWithItem(failure -> failure));
            List<Object> outcomes = Uni.join().all(calls).andFailFast().await().atMost(TIMEOUT);

            List<Source> merged = outcomes.stream().filter(Source.class::isInstance).map(Source.class::cast).toList();
            List<StatusRuntimeException> refused = outcomes.stream().filter(StatusRuntimeException.class::isInstance)
                    .map(StatusRuntimeException.class::cast).toList();
            assertThat(merged).hasSize(1);
            assertThat(refused).singleElement().satisfies(e ->
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
            String survivor = merged.get(0).getId();
            assertThat(get(a.getId()).getId()).isEqualTo(survivor);
            assertThat(get(b.getId()).getId()).isEqualTo(survivor);
        }
    }

    @Test
    void listSourcesFiltersByKind() {
        String suffix = suffix();
        upsert(outlet("Kindfilter Outlet " + suffix));
        upsert(person("Kindfilter Person " + suffix));
        assertThat(list(suffix, SourceKind.PERSON)).extracting(Source::getName)
                .containsExactly("Kindfilter Person " + suffix);
        assertThat(list(suffix, SourceKind.SOURCE_KIND_UNSPECIFIED)).hasSize(2);
    }

    // ---------------------------------------------------------------- helpers

    private Source merge(String fromId, String intoId) {
        return Callers.editor(client).mergeSources(request(fromId, intoId)).await().atMost(TIMEOUT);
    }

    private static MergeSourcesRequest request(String fromId, String intoId) {
        return MergeSourcesRequest.newBuilder().setFromId(fromId).setIntoId(intoId).build();
    }

    private Source get(String id) {
        return Callers.reader(client).getSource(GetSourceRequest.newBuilder().setId(id).build()).await().atMost(TIMEOUT);
    }

    private List<Source> list(String query, SourceKind kind) {
        return Callers.reader(client).listSources(ListSourcesRequest.newBuilder().setQuery(query).setKind(kind)
                .setPageSize(500).build()).await().atMost(TIMEOUT).getSourcesList();
    }

    private Source upsert(Source source) {
        return Callers.editor(client).upsertSource(UpsertSourceRequest.newBuilder().setSource(source).build())
                .await().atMost(TIMEOUT);
    }

    private List<Resolution> resolve(List<Mention> mentions) {
        return Callers.editor(client)
                .resolveMentions(ResolveMentionsRequest.newBuilder().addAllMentions(mentions).build())
                .await().atMost(TIMEOUT).getResolutionsList();
    }

    private static Mention mention(String text) {
        return Mention.newBuilder().setText(text).setContext(MentionContext.PUBLISHER).build();
    }

    private static Source outlet(String name) {
        return Source.newBuilder().setName(name).setKind(SourceKind.OUTLET).build();
    }

    private static Source person(String name) {
        return Source.newBuilder().setName(name).setKind(SourceKind.PERSON).build();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
