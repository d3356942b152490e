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
import io.quotetrail.proto.source.v1.ListSourcesResponse;
import io.quotetrail.proto.source.v1.Mention;
import io.quotetrail.proto.source.v1.MentionContext;
import io.quotetrail.proto.source.v1.ResolveMentionsRequest;
import io.quotetrail.proto.source.v1.Resolution;
import io.quotetrail.proto.source.v1.Source;
import io.quotetrail.proto.source.v1.SourceKind;
import io.quotetrail.proto.source.v1.SourceService;
import io.quotetrail.proto.source.v1.UpsertSourceRequest;
import io.quotetrail.source.Callers;
import io.quotetrail.source.RandomPortTestResource;
import io.quotetrail.stack.testing.PostgresTestResource;
import io.smallrye.mutiny.Uni;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static io.quotetrail.source.Callers.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(RandomPortTestResource.class)
class SourceRegistryGrpcTest {

    @GrpcClient(RandomPortTestResource.CLIENT)
    SourceService client;

    // ---------------------------------------------------------------- seed registry

    @Test
    void seedRegistryIsLoadedWithKindsAliasesAndDomains() {
        Source kcna = findOne("Korean Central News Agency");
        assertThat(kcna.getName()).isEqualTo("KCNA");
        assertThat(kcna.getKind()).isEqualTo(SourceKind.STATE_MEDIA);
        assertThat(kcna.getAliasesList()).contains("Korean Central News Agency", "North Korean state media");

        Source guardian = findOne("Guardian");
        assertThat(guardian.getName()).isEqualTo("The Guardian");
        assertThat(guardian.getKind()).isEqualTo(SourceKind.OUTLET);
        assertThat(guardian.getDomainsList()).contains("theguardian.com");

        assertThat(findOne("Agence France-Presse").getKind()).isEqualTo(SourceKind.NEWS_AGENCY);
        assertThat(findOne("Truth Social").getKind()).isEqualTo(SourceKind.PLATFORM);
    }

    @Test
    void genericStateMediaIsNoAliasOfAnySource() {
        ListSourcesResponse response = Callers.reader(client)
                .listSources(ListSourcesRequest.newBuilder().setQuery("state media").setPageSize(500).build())
                .await().atMost(TIMEOUT);
        // Only country-specific forms such as "North Korean state media" are registered.
        assertThat(response.getSourcesList()).allSatisfy(source -> assertThat(
                source.getAliasesList().stream().anyMatch(alias -> alias.equalsIgnoreCase("state media"))).isFalse());
        assertThat(response.getSourcesList()).extracting(Source::getName).contains("KCNA");
    }

    // ---------------------------------------------------------------- resolution

    @Test
    void mentionsOfKnownSourcesResolveWhateverTheirSpelling() {
        List<String> kcnaForms = List.of("KCNA", "kcna", "Korean Central News Agency", "the Korean Central News Agency",
                "state news agency KCNA", "official KCNA news agency", "North Korea’s KCNA", "KCNA's",
                "“KCNA”", "North Korean state media", "  korean   central news-agency ");
        List<Resolution> kcna = resolve(kcnaForms.stream().map(text -> mention(text, MentionContext.INTERMEDIARY)).toList());
        Source expected = findOne("Korean Central News Agency");
        assertThat(kcna).allSatisfy(resolution -> {
            assertThat(resolution.getSource().getId()).isEqualTo(expected.getId());
            assertThat(resolution.getCreated()).isFalse();
        });

        List<Resolution> others = resolve(List.of(
                mention("news agency AFP", MentionContext.INTERMEDIARY),
                mention("Agence France Presse", MentionContext.INTERMEDIARY),
                mention("RBC Ukraine", MentionContext.PUBLISHER),
                mention("RBC-Ukraine", MentionContext.PUBLISHER),
                mention("Guardian", MentionContext.PUBLISHER),
                mention("The Associated Press", MentionContext.INTERMEDIARY),
                mention("the A.P.", MentionContext.INTERMEDIARY),
                mention("Reuters'", MentionContext.INTERMEDIARY)));
        assertThat(others).extracting(resolution -> resolution.getSource().getName())
                .containsExactly("AFP", "AFP", "RBC-Ukraine", "RBC-Ukraine", "The Guardian", "AP", "AP", "Reuters");
        assertThat(others).noneMatch(Resolution::getCreated);
    }

    @Test
    void urlsResolveOutletsByDomainOrParentDomain() {
        List<Resolution> resolutions = resolve(List.of(
                Mention.newBuilder().setText("Moscow Times English edition").setContext(MentionContext.PUBLISHER)
                        .setUrl("https://www.themoscowtimes.com/2025/08/15/putin-letter-a90000").build(),
                Mention.newBuilder().setText("BBC website").setContext(MentionContext.PUBLISHER)
                        .setUrl("http://news.bbc.co.uk/2/hi/europe").build(),
                mention("freemalaysiatoday.com", MentionContext.PUBLISHER)));
        assertThat(resolutions).extracting(resolution -> resolution.getSource().getName())
                .containsExactly("The Moscow Times", "BBC", "Free Malaysia Today");
    }

    @Test
    void anUnknownMentionCreatesExactlyOneSourceWithinABatchAndAcrossCalls() {
        String name = "Zorblax Gazette " + suffix();
        List<Resolution> first = resolve(List.of(
                mention(name, MentionContext.PUBLISHER),
                mention("the " + name, MentionContext.PUBLISHER),
                mention(name.toUpperCase(), MentionContext.PUBLISHER)));
        String id = first.get(0).getSource().getId();
        assertThat(first).allSatisfy(resolution -> {
            assertThat(resolution.getSource().getId()).isEqualTo(id);
            assertThat(resolution.getCreated()).isTrue();
        });
        assertThat(first.get(0).getSource().getName()).isEqualTo(name);
        assertThat(first.get(0).getSource().getKind()).isEqualTo(SourceKind.OUTLET);

        List<Resolution> second = resolve(List.of(mention(name + "'s", MentionContext.SPEAKER)));
        assertThat(second.get(0).getSource().getId()).isEqualTo(id);
        assertThat(second.get(0).getCreated()).isFalse();

        ListSourcesResponse listed = Callers.reader(client)
                .listSources(ListSourcesRequest.newBuilder().setQuery(name).build()).await().atMost(TIMEOUT);
        assertThat(listed.getSourcesList()).extracting(Source::getId).containsExactly(id);
    }

    @Test
    void aDescribedMentionJoinsTheSourceAnotherMentionOfTheBatchCreates() {
        String name = "Quillon Wire " + suffix();
        List<Resolution> resolutions = resolve(List.of(
                mention("news agency " + name, MentionContext.INTERMEDIARY),
                mention(name, MentionContext.INTERMEDIARY)));
        assertThat(resolutions.get(0).getSource().getId()).isEqualTo(resolutions.get(1).getSource().getId());
        assertThat(resolutions.get(0).getSource().getName()).isEqualTo(name);
    }

    @Test
    void concurrentBatchesCreateOneSourcePerName() {
        List<String> names = IntStream.range(0, 6).mapToObj(i -> "Concurrent Herald " + i + " " + suffix()).toList();
        List<Mention> forward = names.stream().map(name -> mention(name, MentionContext.PUBLISHER)).toList();
        List<Mention> backward = new ArrayList<>(forward);
        java.util.Collections.reverse(backward);
        SourceService editor = Callers.editor(client);
        List<Uni<List<Resolution>>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<Mention> batch = i % 2 == 0 ? forward : backward;
            calls.add(editor.resolveMentions(ResolveMentionsRequest.newBuilder().addAllMentions(batch).build())
                    .map(response -> response.getResolutionsList()));
        }
        List<List<Resolution>> results = Uni.join().all(calls).andFailFast().await().atMost(TIMEOUT);

        for (String name : names) {
            List<Resolution> ofName = results.stream().flatMap(List::stream)
                    .filter(resolution -> resolution.getSource().getName().equals(name)).toList();
            assertThat(ofName).hasSize(4);
            assertThat(ofName.stream().map(resolution -> resolution.getSource().getId()).distinct()).hasSize(1);
            assertThat(ofName.stream().filter(Resolution::getCreated)).hasSize(1);
        }
    }

    @Test
    void kindOfANewSourceComesFromTheHintOrTheMentionContext() {
        String suffix = suffix();
        List<Resolution> resolutions = resolve(List.of(
                mention("Vesna Kraljević " + suffix, MentionContext.SPEAKER),
                mention("Ministry of Fisheries " + suffix, MentionContext.SPEAKER),
                mention("Tessaract Workers Union " + suffix, MentionContext.SPEAKER),
                mention("Baltic News Service " + suffix, MentionContext.INTERMEDIARY),
                mention("Morning Clarion " + suffix, MentionContext.INTERMEDIARY),
                Mention.newBuilder().setText("Hinted Platform " + suffix).setContext(MentionContext.SPEAKER)
                        .setKindHint(SourceKind.PLATFORM).build()));
        assertThat(resolutions).extracting(resolution -> resolution.getSource().getKind()).containsExactly(
                SourceKind.PERSON, SourceKind.GOVERNMENT, SourceKind.ORGANIZATION, SourceKind.NEWS_AGENCY,
                SourceKind.OUTLET, SourceKind.PLATFORM);
    }

    @Test
    void aNewOutletKeepsTheDomainItWasSeenWith() {
        String suffix = suffix();
        Resolution created = resolve(List.of(Mention.newBuilder().setText("Harbour Ledger " + suffix)
                .setContext(MentionContext.PUBLISHER).setUrl("https://www.harbourledger-" + suffix + ".example/news/1")
                .build())).get(0);
        assertThat(created.getSource().getDomainsList()).containsExactly("harbourledger-" + suffix + ".example");

        Resolution byDomain = resolve(List.of(Mention.newBuilder().setText("HL").setContext(MentionContext.PUBLISHER)
                .setUrl("harbourledger-" + suffix + ".example").build())).get(0);
        assertThat(byDomain.getSource().getId()).isEqualTo(created.getSource().getId());
    }

    @Test
    void aKnownOnlyMentionResolvesAKnownDomainAndNeverCreatesASource() {
        String suffix = suffix();
        List<Resolution> resolutions = resolve(List.of(
                Mention.newBuilder().setText("themoscowtimes.com").setContext(MentionContext.PUBLISHER)
                        .setUrl("https://www.themoscowtimes.com/2025/08/15/a").setKnownOnly(true).build(),
                Mention.newBuilder().setText("unknown-" + suffix + ".example").setContext(MentionContext.PUBLISHER)
                        .setUrl("https://unknown-" + suffix + ".example/story").setKnownOnly(true).build()));

        assertThat(resolutions.get(0).getSource().getName()).isEqualTo("The Moscow Times");
        assertThat(resolutions.get(1).hasSource()).isFalse();
        assertThat(resolutions.get(1).getCreated()).isFalse();
        assertThat(resolve(List.of(Mention.newBuilder().setText("Unknown " + suffix).setContext(MentionContext.PUBLISHER)
                .setUrl("unknown-" + suffix + ".example").setKnownOnly(true).build())).get(0).hasSource())
                .as("nothing was created by the first call").isFalse();
    }

    @Test
    void aMentionMadeOnlyOfGenericWordsNamesNoSource() {
        List<Resolution> resolutions = resolve(List.of(
                mention("state media", MentionContext.INTERMEDIARY),
                mention("the Russian news agency", MentionContext.INTERMEDIARY)));
        assertThat(resolutions).allSatisfy(resolution -> {
            assertThat(resolution.hasSource()).isFalse();
            assertThat(resolution.getCreated()).isFalse();
        });
    }

    @Test
    void invalidMentionsAreRejectedNamingTheField() {
        assertStatus(() -> resolve(List.of(mention("AFP", MentionContext.INTERMEDIARY), mention("  ", MentionContext.SPEAKER))),
                Status.Code.INVALID_ARGUMENT, "mentions[1].text must not be empty");
        assertStatus(() -> resolve(List.of(mention("x".repeat(301), MentionContext.SPEAKER))),
                Status.Code.INVALID_ARGUMENT, "mentions[0].text must be at most 300 characters");
        List<Mention> tooMany = IntStream.range(0, 1001).mapToObj(i -> mention("AFP", MentionContext.INTERMEDIARY)).toList();
        assertStatus(() -> resolve(tooMany), Status.Code.INVALID_ARGUMENT, "at most 1000");
    }

    // ---------------------------------------------------------------- reads

    @Test
    void getSourceFindsBySourceIdAndRejectsUnknownOrMalformedIds() {
        Source afp = findOne("Agence France-Presse");
        Source fetched = Callers.reader(client).getSource(GetSourceRequest.newBuilder().setId(afp.getId()).build())
                .await().atMost(TIMEOUT);
        assertThat(fetched).isEqualTo(afp);

        assertStatus(() -> Callers.reader(client).getSource(GetSourceRequest.newBuilder()
                        .setId(UUID.randomUUID().toString()).build()).await().atMost(TIMEOUT),
                Status.Code.NOT_FOUND, "does not exist");
        assertStatus(() -> Callers.reader(client).getSource(GetSourceRequest.newBuilder().setId("not-a-uuid").build())
                .await().atMost(TIMEOUT), Status.Code.INVALID_ARGUMENT, "id must be a UUID");
    }

    @Test
    void listSourcesPagesInNameOrder() {
        String prefix = "Pagination Probe " + suffix();
        List<String> names = List.of(prefix + " E", prefix + " B", prefix + " D", prefix + " A", prefix + " C");
        for (String name : names) {
            upsert(Source.newBuilder().setName(name).setKind(SourceKind.OUTLET).build());
        }
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = "";
        do {
            ListSourcesResponse page = Callers.reader(client).listSources(ListSourcesRequest.newBuilder()
                    .setPageSize(2).setPageToken(token).setQuery(prefix.toLowerCase()).build()).await().atMost(TIMEOUT);
            page.getSourcesList().forEach(source -> seen.add(source.getName()));
            pageSizes.add(page.getSourcesCount());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(seen).containsExactly(prefix + " A", prefix + " B", prefix + " C", prefix + " D", prefix + " E");
        assertThat(pageSizes).containsExactly(2, 2, 1);

        ListSourcesResponse firstOfAll = Callers.reader(client).listSources(ListSourcesRequest.getDefaultInstance())
                .await().atMost(TIMEOUT);
        assertThat(firstOfAll.getSourcesCount()).isEqualTo(50);
        assertThat(firstOfAll.getNextPageToken()).isNotEmpty();

        assertStatus(() -> Callers.reader(client).listSources(ListSourcesRequest.newBuilder().setPageSize(501).build())
                .await().atMost(TIMEOUT), Status.Code.INVALID_ARGUMENT, "page_size");
        assertStatus(() -> Callers.reader(client).listSources(ListSourcesRequest.newBuilder().setPageToken("garbage!").build())
                .await().atMost(TIMEOUT), Status.Code.INVALID_ARGUMENT, "page_token");
    }

    // ---------------------------------------------------------------- edits

    @Test
    void upsertCreatesAndUpdatesWithoutDroppingNames() {
        String name = "Lantern Review " + suffix();
        Source created = upsert(Source.newBuilder().setName(name).setKind(SourceKind.OUTLET)
                .addAliases("LR " + name).addDomains("https://www." + name.replace(' ', '-').toLowerCase() + ".example/")
                .setExternalId("wikidata:Q0").build());
        assertThat(created.getId()).isNotEmpty();
        assertThat(created.getAliasesList()).containsExactly("LR " + name);
        assertThat(created.getDomainsList()).containsExactly(name.replace(' ', '-').toLowerCase() + ".example");

        Source renamed = upsert(Source.newBuilder().setId(created.getId()).setName(name + " Weekly")
                .addAliases("Lantern").setKind(SourceKind.OUTLET).build());
        assertThat(renamed.getName()).isEqualTo(name + " Weekly");
        assertThat(renamed.getAliasesList()).contains(name, "LR " + name, "Lantern");
        assertThat(renamed.getExternalId()).isEqualTo("wikidata:Q0");

        assertStatus(() -> upsert(Source.newBuilder().setName(name).setKind(SourceKind.OUTLET).build()),
                Status.Code.ALREADY_EXISTS, "source.name");
        assertStatus(() -> upsert(Source.newBuilder().setName("Nameless kind " + suffix()).build()),
                Status.Code.INVALID_ARGUMENT, "source.kind");
        assertStatus(() -> upsert(Source.newBuilder().setId(UUID.randomUUID().toString()).setName("x").build()),
                Status.Code.NOT_FOUND, "does not exist");
        assertStatus(() -> upsert(Source.newBuilder().setName("Bad domain " + suffix()).setKind(SourceKind.OUTLET)
                .addDomains("not a domain").build()), Status.Code.INVALID_ARGUMENT, "source.domains[0]");
    }

    @Test
    void addAliasesAddsNewNamesAndRefusesNamesOfOtherSources() {
        String name = "Okapi Times " + suffix();
        Source created = upsert(Source.newBuilder().setName(name).setKind(SourceKind.OUTLET).build());
        Source updated = Callers.editor(client).addAliases(AddAliasesRequest.newBuilder().setId(created.getId())
                .addAliases("OT " + name).addAliases(name.toUpperCase()).build()).await().atMost(TIMEOUT);
        assertThat(updated.getAliasesList()).containsExactly("OT " + name);

        Resolution resolved = resolve(List.of(mention("ot " + name, MentionContext.PUBLISHER))).get(0);
        assertThat(resolved.getSource().getId()).isEqualTo(created.getId());

        assertStatus(() -> Callers.editor(client).addAliases(AddAliasesRequest.newBuilder().setId(created.getId())
                        .addAliases("Agence France-Presse").build()).await().atMost(TIMEOUT),
                Status.Code.ALREADY_EXISTS, "'AFP'");
        assertStatus(() -> Callers.editor(client).addAliases(AddAliasesRequest.newBuilder().setId(created.getId())
                .addAliases("").build()).await().atMost(TIMEOUT), Status.Code.INVALID_ARGUMENT, "aliases[0] must not be empty");
        // The refused call changed nothing.
        Source after = Callers.reader(client).getSource(GetSourceRequest.newBuilder().setId(created.getId()).build())
                .await().atMost(TIMEOUT);
        assertThat(after.getAliasesList()).containsExactly("OT " + name);
    }

    // ---------------------------------------------------------------- helpers

    private List<Resolution> resolve(List<Mention> mentions) {
        return Callers.editor(client)
                .resolveMentions(ResolveMentionsRequest.newBuilder().addAllMentions(mentions).build())
                .await().atMost(TIMEOUT).getResolutionsList();
    }

    private Source upsert(Source source) {
        return Callers.editor(client).upsertSource(UpsertSourceRequest.newBuilder().setSource(source).build())
                .await().atMost(TIMEOUT);
    }

    private Source findOne(String query) {
        ListSourcesResponse response = Callers.reader(client)
                .listSources(ListSourcesRequest.newBuilder().setQuery(query).build()).await().atMost(TIMEOUT);
        assertThat(response.getSourcesList()).as("sources matching '%s'", query).hasSize(1);
        return response.getSources(0);
    }

    private static Mention mention(String text, MentionContext context) {
        return Mention.newBuilder().setText(text).setContext(context).build();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static void assertStatus(ThrowingCallable call, Status.Code code, String descriptionPart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(code);
            assertThat(e.getStatus().getDescription()).contains(descriptionPart);
        });
    }
}
