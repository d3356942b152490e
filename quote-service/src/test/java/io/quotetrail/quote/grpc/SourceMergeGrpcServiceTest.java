package io.quotetrail.quote.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quotetrail.proto.quote.v1.ApplySourceMergeRequest;
import io.quotetrail.proto.quote.v1.ApplySourceMergeResponse;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.ExportRequest;
import io.quotetrail.proto.quote.v1.GetArticleRequest;
import io.quotetrail.proto.quote.v1.GetQuoteRequest;
import io.quotetrail.proto.quote.v1.GraphEdge;
import io.quotetrail.proto.quote.v1.Hop;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.proto.quote.v1.QuoteHit;
import io.quotetrail.proto.quote.v1.QuoteServiceGrpc;
import io.quotetrail.proto.quote.v1.SearchQuotesRequest;
import io.quotetrail.proto.quote.v1.SourceMergeServiceGrpc;
import io.quotetrail.quote.testing.SourceServiceDouble;
import io.quotetrail.quote.testing.SourceServiceDoubleResource;
import io.quotetrail.stack.testing.PostgresTestResource;
import io.smallrye.jwt.build.Jwt;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Applying the registry's merges to the stored quotes, against real PostgreSQL (the registry is the
 * {@link SourceServiceDouble}; the gateway's integration test runs the real one). Merges rewrite in
 * batches of two rows here, so every merge below spans several.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "quotetrail_quote_merge_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SourceServiceDoubleResource.class, restrictToAnnotatedClass = true)
class SourceMergeGrpcServiceTest {

    @TestHTTPResource("/")
    URL baseUrl;

    private ManagedChannel channel;

    @BeforeEach
    void openChannel() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", baseUrl.getPort()).usePlaintext().build();
    }

    @AfterEach
    void closeChannel() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aMergedSpeakerAndOutletShowAsTheirSurvivorsInArticlesQuotesGraphsSearchAndExport() {
        String marker = letters();
        String merged = "Olek Brandt" + marker;
        String survivor = "Oleksander Brandt" + marker;
        Article first = ingest("Harbour Post" + marker, "2025-03-04", """
                \u201CThe canal locks will be rebuilt within two years,\u201D %1$s said, according to the Lakeside Wire.

                \u201CEvery barge owner will be paid for the lost season,\u201D %1$s said.

                \u201CThe old quay will become a park for the town,\u201D %1$s said.
                """.formatted(merged));
        Article second = ingest("Harbour Daily" + marker, "2025-03-05", """
                \u201CThe ferry timetable stays as it is until the locks reopen,\u201D %s said.
                """.formatted(survivor));
        String mergedId = first.getOccurrences(0).getSpeaker().getId();
        String survivorId = second.getOccurrences(0).getSpeaker().getId();
        String mergedOutlet = first.getOutlet().getId();
        String survivingOutlet = second.getOutlet().getId();
        String quoteId = first.getOccurrences(0).getQuoteId();
        source().merge(mergedId, survivorId);
        source().merge(mergedOutlet, survivingOutlet);

        ApplySourceMergeResponse speakerMerge = apply(mergedId);
        ApplySourceMergeResponse outletMerge = apply(mergedOutlet);

        assertThat(speakerMerge.getSurvivingSource().getId()).isEqualTo(survivorId);
        assertThat(speakerMerge.getSurvivingSource().getName()).isEqualTo(survivor);
        assertThat(speakerMerge.getSpeakers()).as("three occurrences, in batches of two").isEqualTo(3);
        assertThat(speakerMerge.getChainHops()).isEqualTo(3);
        assertThat(speakerMerge.getQuotes()).isEqualTo(3);
        assertThat(speakerMerge.getOutlets()).isZero();
        assertThat(outletMerge.getOutlets()).isEqualTo(1);
        assertThat(outletMerge.getChainHops()).isEqualTo(3);

        Article stored = reader().getArticle(GetArticleRequest.newBuilder().setId(first.getId()).build());
        assertThat(stored.getOutlet().getId()).isEqualTo(survivingOutlet);
        assertThat(stored.getOccurrencesList()).allSatisfy(occurrence -> {
            assertThat(occurrence.getSpeaker().getId()).isEqualTo(survivorId);
            assertThat(occurrence.getSpeaker().getName()).isEqualTo(survivor);
            assertThat(occurrence.getChain(0).getSource().getId()).isEqualTo(survivorId);
            assertThat(occurrence.getChain(occurrence.getChainCount() - 1).getSource().getName())
                    .isEqualTo("Harbour Daily" + marker);
        });
        assertThat(reader().getQuote(GetQuoteRequest.newBuilder().setId(quoteId).build()).getSpeaker().getId())
                .isEqualTo(survivorId);

        QuoteGraph graph = reader().getQuoteGraph(GetQuoteRequest.newBuilder().setId(quoteId).build());
        assertThat(graph.getNodesList()).extracting(node -> node.getSource().getId())
                .contains(survivorId, survivingOutlet).doesNotContain(mergedId, mergedOutlet);
        assertThat(graph.getDot()).doesNotContain(mergedId);

        Set<String> allQuotes = Set.of(quoteId, first.getOccurrences(1).getQuoteId(), first.getOccurrences(2).getQuoteId(),
                second.getOccurrences(0).getQuoteId());
        assertThat(searchBySource(mergedId)).as("the merged id finds the survivor's quotes").containsExactlyInAnyOrderElementsOf(allQuotes);
        assertThat(searchBySource(survivorId)).containsExactlyInAnyOrderElementsOf(allQuotes);

        assertThat(exportedSourceIds()).doesNotContain(mergedId, mergedOutlet).contains(survivorId, survivingOutlet);

        ApplySourceMergeResponse again = apply(mergedId);
        assertThat(again.getSurvivingSource().getId()).isEqualTo(survivorId);
        assertThat(List.of(again.getSpeakers(), again.getChainHops(), again.getOutlets(), again.getQuotes()))
                .as("a retry finds nothing left to rewrite").containsOnly(0L);
    }

    @Test
    void anIntermediaryMergedIntoTheOutletLeavesOneHopAndNoLoop() {
        String marker = letters();
        Article article = ingest("Morning Ledger" + marker, "2025-04-01", """
                \u201CThe bridge tolls end in May,\u201D Mayor Ines Kallio%1$s said, according to the Ledger Newsroom%1$s.
                """.formatted(marker));
        Occurrence occurrence = article.getOccurrences(0);
        assertThat(occurrence.getChainList()).extracting(hop -> hop.getSource().getName())
                .containsExactly("Ines Kallio" + marker, "Ledger Newsroom" + marker, "Morning Ledger" + marker);
        String intermediary = occurrence.getChain(1).getSource().getId();
        source().merge(intermediary, article.getOutlet().getId());

        apply(intermediary);

        Occurrence stored = reader().getArticle(GetArticleRequest.newBuilder().setId(article.getId()).build())
                .getOccurrences(0);
        assertThat(stored.getChainList()).extracting(hop -> hop.getSource().getName())
                .containsExactly("Ines Kallio" + marker, "Morning Ledger" + marker);
        assertThat(stored.getChain(1).getEvidence()).as("the first of the two hops stays, with its evidence")
                .contains("according to the Ledger Newsroom");
        QuoteGraph graph = reader().getQuoteGraph(GetQuoteRequest.newBuilder().setId(stored.getQuoteId()).build());
        assertThat(graph.getEdgesList()).noneMatch(edge -> edge.getFromSourceId().equals(edge.getToSourceId()))
                .extracting(GraphEdge::getToSourceId).containsExactly(article.getOutlet().getId());
    }

    @Test
    void anIngestThatResolvedAMergedIdBeforeTheMergeWritesTheSurvivor() {
        String marker = letters();
        Article early = ingest("Valley Courier" + marker, "2025-05-01",
                "\u201CThe orchard festival moves to June,\u201D Pavla Nemec" + marker + " said.");
        Article other = ingest("Valley Courier" + marker, "2025-05-02",
                "\u201CThe market hall opens on Sundays,\u201D Pavla Nemcova" + marker + " said.");
        String mergedId = early.getOccurrences(0).getSpeaker().getId();
        String survivorId = other.getOccurrences(0).getSpeaker().getId();
        source().merge(mergedId, survivorId);
        apply(mergedId);

        // The double still answers the merged name with the merged id, as a resolution made just before the merge did.
        Article late = ingest("Valley Courier" + marker, "2025-05-03",
                "\u201CThe cider press will be shared by every farm,\u201D Pavla Nemec" + marker + " said.");

        assertThat(late.getOccurrences(0).getSpeaker().getId()).isEqualTo(survivorId);
        assertThat(late.getOccurrences(0).getChain(0).getSource().getName()).isEqualTo("Pavla Nemcova" + marker);
    }

    @Test
    void aMergeAppliedWhileArticlesArriveLeavesNoRowWithTheMergedId() throws Exception {
        String marker = letters();
        String mergedName = "Rasmus Lind" + marker;
        Article first = ingest("Fjord Times" + marker, "2025-07-01",
                "\u201CThe ferry to the islands runs all year,\u201D " + mergedName + " said.");
        Article other = ingest("Fjord Times" + marker, "2025-07-01",
                "\u201CThe island school gets a new roof,\u201D Rasmus Lindqvist" + marker + " said.");
        String mergedId = first.getOccurrences(0).getSpeaker().getId();
        String survivorId = other.getOccurrences(0).getSpeaker().getId();
        source().merge(mergedId, survivorId);
        List<String> sentences = List.of("The harbour crane is repaired by May", "Fishing quotas stay as they are",
                "The lighthouse museum opens on weekends", "Every pier gets new lights", "The ice road closes in March",
                "The cannery will hire forty people", "Tourist buses stop at the old church", "The fish market moves indoors");
        // Each ingest resolves the merged name at once and writes some time later, while the merge is applied.
        source().delayAnswers(300);
        ExecutorService pool = Executors.newFixedThreadPool(sentences.size());
        List<Article> arrived = new ArrayList<>();
        try {
            List<Future<Article>> ingests = new ArrayList<>();
            for (String sentence : sentences) {
                ingests.add(pool.submit(() -> ingest("Fjord Times" + marker, "2025-07-02",
                        "\u201C" + sentence + ",\u201D " + mergedName + " said.")));
            }
            Thread.sleep(150);
            apply(mergedId);
            for (Future<Article> ingest : ingests) {
                arrived.add(ingest.get(60, TimeUnit.SECONDS));
            }
        } finally {
            source().delayAnswers(0);
            pool.shutdownNow();
        }

        assertThat(exportedSourceIds()).doesNotContain(mergedId);
        assertThat(searchBySource(survivorId)).containsAll(arrived.stream()
                .map(article -> article.getOccurrences(0).getQuoteId()).toList());
    }

    @Test
    void mergesTheRegistryHasNotMadeOrDoesNotKnowAreRefused() {
        Article article = ingest("Quiet Gazette" + letters(), "2025-06-01",
                "\u201CThe pool reopens in July,\u201D Director Hana Ruml" + letters() + " said.");
        String notMerged = article.getOccurrences(0).getSpeaker().getId();

        assertStatus(() -> apply(notMerged), Status.Code.FAILED_PRECONDITION, "source_id: source " + notMerged
                + " has not been merged");
        assertStatus(() -> apply(UUID.randomUUID().toString()), Status.Code.NOT_FOUND, "not found in the source registry");
        assertStatus(() -> apply("not-a-uuid"), Status.Code.INVALID_ARGUMENT, "source_id: must be a UUID");
        assertStatus(() -> apply(""), Status.Code.INVALID_ARGUMENT, "source_id: is required");
        assertStatus(() -> mergeService(token("reader")).applySourceMerge(request(notMerged)),
                Status.Code.PERMISSION_DENIED, "");
        assertStatus(() -> mergeService(null).applySourceMerge(request(notMerged)), Status.Code.UNAUTHENTICATED, "");
    }

    // ---------------------------------------------------------------- helpers

    private static SourceServiceDouble source() {
        return SourceServiceDoubleResource.sourceService();
    }

    private Article ingest(String outlet, String publishedAt, String text) {
        return QuoteServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(token("reader", "editor"))))
                .ingestArticle(IngestArticleRequest.newBuilder().setExternalId("merge-" + UUID.randomUUID())
                        .setOutlet(outlet).setPublishedAt(publishedAt).setText(text).build())
                .getArticle();
    }

    private ApplySourceMergeResponse apply(String sourceId) {
        return mergeService(token("reader", "editor")).applySourceMerge(request(sourceId));
    }

    private static ApplySourceMergeRequest request(String sourceId) {
        return ApplySourceMergeRequest.newBuilder().setSourceId(sourceId).build();
    }

    private SourceMergeServiceGrpc.SourceMergeServiceBlockingStub mergeService(String token) {
        SourceMergeServiceGrpc.SourceMergeServiceBlockingStub stub = SourceMergeServiceGrpc.newBlockingStub(channel)
                .withDeadlineAfter(20, TimeUnit.SECONDS);
        return token == null ? stub : stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(token)));
    }

    private QuoteServiceGrpc.QuoteServiceBlockingStub reader() {
        return QuoteServiceGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(token("reader"))));
    }

    private List<String> searchBySource(String sourceId) {
        return reader().searchQuotes(SearchQuotesRequest.newBuilder().setSourceId(sourceId).setPageSize(100).build())
                .getQuotesList().stream().map(QuoteHit::getId).toList();
    }

    /** Every source id the export holds: outlets, speakers and hops. */
    @SuppressWarnings("deprecation")
    private List<String> exportedSourceIds() {
        List<String> ids = new ArrayList<>();
        for (Article article : reader().export(ExportRequest.getDefaultInstance()).getArticlesList()) {
            ids.add(article.getOutlet().getId());
            for (Occurrence occurrence : article.getOccurrencesList()) {
                ids.add(occurrence.getSpeaker().getId());
                occurrence.getChainList().stream().map(Hop::getSource).forEach(hop -> ids.add(hop.getId()));
            }
        }
        return ids;
    }

    private static String token(String... roles) {
        return Jwt.preferredUserName("tester")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuer("https://server.example.com")
                .sign();
    }

    private static Metadata bearer(String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return headers;
    }

    /** A few lower-case letters that keep this test's names apart from every other test's. */
    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private static void assertStatus(Runnable call, Status.Code code, String descriptionPart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(code);
            if (!descriptionPart.isEmpty()) {
                assertThat(e.getStatus().getDescription()).contains(descriptionPart);
            }
        });
    }
}
