package io.quotetrail.quote.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quotetrail.proto.quote.v1.Article;
import io.quotetrail.proto.quote.v1.ExportRequest;
import io.quotetrail.proto.quote.v1.GetArticleRequest;
import io.quotetrail.proto.quote.v1.GetQuoteRequest;
import io.quotetrail.proto.quote.v1.QuoteDetail;
import io.quotetrail.proto.quote.v1.QuoteGraph;
import io.quotetrail.proto.quote.v1.DiffPart;
import io.quotetrail.proto.quote.v1.TraceRequest;
import io.quotetrail.proto.quote.v1.SearchQuotesRequest;
import io.quotetrail.proto.quote.v1.SearchQuotesResponse;
import io.quotetrail.proto.quote.v1.QuoteHit;
import io.quotetrail.proto.quote.v1.TraceResponse;
import io.quotetrail.proto.quote.v1.Hop;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.IngestArticleResponse;
import io.quotetrail.proto.quote.v1.IngestResult;
import io.quotetrail.proto.quote.v1.Occurrence;
import io.quotetrail.proto.quote.v1.QuoteKind;
import io.quotetrail.proto.quote.v1.QuoteServiceGrpc;
import io.quotetrail.proto.source.v1.MentionContext;
import io.quotetrail.proto.source.v1.SourceKind;
import io.quotetrail.quote.service.SourceResolver;
import io.quotetrail.quote.testing.SourceServiceDouble;
import io.quotetrail.quote.testing.SourceServiceDoubleResource;
import io.quotetrail.stack.testing.PostgresTestResource;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = true,
        initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "quotetrail_quote_test"))
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = SourceServiceDoubleResource.class, restrictToAnnotatedClass = true)
class QuoteGrpcServiceTest {

    private static final String ARTICLE = """
            By [Wire Agency](#)

            The council met on Tuesday to discuss the flood defences.

            \u201CWe will finish the wall before winter,\u201D Mayor Jana Kowalski said in a statement, \
            according to the Valley Courier.

            \u201CNobody will be left behind.\u201D
            """;

    @TestHTTPResource("/")
    URL baseUrl;

    private ManagedChannel channel;

    @Inject
    SourceResolver sourceResolver;

    @BeforeEach
    void openChannel() {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", baseUrl.getPort()).usePlaintext().build();
    }

    @AfterEach
    void closeChannel() throws InterruptedException {
        source().hang(false);
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    private static SourceServiceDouble source() {
        return SourceServiceDoubleResource.sourceService();
    }

    private static String token(String... roles) {
        return Jwt.preferredUserName("tester")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuer("https://server.example.com")
                .sign();
    }

    private QuoteServiceGrpc.QuoteServiceBlockingStub as(String token) {
        QuoteServiceGrpc.QuoteServiceBlockingStub stub = QuoteServiceGrpc.newBlockingStub(channel)
                .withDeadlineAfter(20, TimeUnit.SECONDS);
        return token == null ? stub : stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(token)));
    }

    private static Metadata bearer(String token) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return headers;
    }

    private QuoteServiceGrpc.QuoteServiceBlockingStub editor() {
        return as(token("reader", "editor"));
    }

    private QuoteServiceGrpc.QuoteServiceBlockingStub reader() {
        return as(token("reader"));
    }

    private static IngestArticleRequest article(String externalId, String text) {
        return IngestArticleRequest.newBuilder()
                .setExternalId(externalId)
                .setText(text)
                .setOutlet("The Daily Test")
                .setUrl("https://www.dailytest.example/2025/08/15/flood")
                .setPublishedAt("2025-08-15")
                .setLanguage("en")
                .build();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A name no other test uses, in letters only, so that it still reads as a name. */
    private static String uniqueName(String name) {
        return name + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    /** An editor ingests an article of this outlet and day, under an external id no other test uses. */
    private IngestArticleResponse ingest(String externalIdPrefix, String outlet, String publishedAt, String text) {
        return editor().ingestArticle(IngestArticleRequest.newBuilder().setExternalId(unique(externalIdPrefix))
                .setOutlet(outlet).setPublishedAt(publishedAt).setText(text).build());
    }

    private int exportedArticles() {
        return reader().export(ExportRequest.getDefaultInstance()).getArticlesCount();
    }

    @Test
    void editorIngestsAnArticleWithSpeakerChainAndOffsets() {
        String editorToken = token("reader", "editor");
        sourceResolver.forgetResolutions(); // other tests resolved these names a moment ago
        int callsBefore = source().calls().size();

        IngestArticleResponse response = as(editorToken).ingestArticle(article(unique("flood"), ARTICLE));

        assertThat(response.getCreated()).isTrue();
        Article stored = response.getArticle();
        assertThat(stored.getOutlet().getName()).isEqualTo("The Daily Test");
        assertThat(stored.getOutlet().getKind()).isEqualTo(SourceKind.OUTLET);
        assertThat(stored.getTextLength()).isEqualTo(ARTICLE.length());
        assertThat(stored.getOccurrencesList()).hasSize(2);

        Occurrence first = stored.getOccurrences(0);
        assertThat(first.getText()).isEqualTo("We will finish the wall before winter,");
        assertThat(ARTICLE.substring(first.getStart(), first.getEnd())).isEqualTo(first.getText());
        assertThat(first.getKind()).isEqualTo(QuoteKind.FULL);
        assertThat(first.getCue()).isEqualTo("said");
        assertThat(first.getSpeaker().getName()).isEqualTo("Jana Kowalski");
        assertThat(first.getMedium()).isEqualTo("statement");
        assertThat(first.getQuoteId()).isNotBlank();
        assertThat(first.getPartOf()).isEmpty();
        assertThat(first.getChainList()).extracting(hop -> hop.getSource().getName())
                .containsExactly("Jana Kowalski", "Valley Courier", "Wire Agency", "The Daily Test");
        assertThat(first.getChain(1).getEvidence()).isEqualTo("according to the Valley Courier");

        Occurrence continued = stored.getOccurrences(1);
        assertThat(continued.getSpeaker().getName()).as("a quote without cue continues its speaker")
                .isEqualTo("Jana Kowalski");

        // Every name went to source-service in one call, on the caller's behalf.
        List<SourceServiceDouble.ReceivedCall> calls = source().calls();
        assertThat(calls).hasSize(callsBefore + 1);
        SourceServiceDouble.ReceivedCall call = calls.get(calls.size() - 1);
        assertThat(call.authorization()).isEqualTo("Bearer " + editorToken);
        assertThat(call.mentions()).extracting(m -> m.getText() + "/" + m.getContext())
                .containsExactly("Jana Kowalski/" + MentionContext.SPEAKER,
                        "Valley Courier/" + MentionContext.INTERMEDIARY,
                        "Wire Agency/" + MentionContext.INTERMEDIARY,
                        "The Daily Test/" + MentionContext.PUBLISHER);
    }

    @Test
    void namesResolvedAMomentAgoAreNotAskedAgainUntilForgotten() {
        String speaker = uniqueName("Harbourmaster Ines Vaal");
        String text = "\u201CThe north quay reopens on Monday,\u201D " + speaker + " said, according to the Estuary Gazette.";
        int callsBefore = source().calls().size();
        Article first = editor().ingestArticle(article(unique("kept-1"), text)).getArticle();

        Article second = editor().ingestArticle(article(unique("kept-2"), text + " Boats wait.")).getArticle();

        assertThat(source().calls()).as("one call, for the first article").hasSize(callsBefore + 1);
        assertThat(second.getOccurrences(0).getChainList()).extracting(hop -> hop.getSource().getId())
                .isEqualTo(first.getOccurrences(0).getChainList().stream().map(hop -> hop.getSource().getId()).toList());

        sourceResolver.forgetResolutions(); // as a source merge does
        editor().ingestArticle(article(unique("kept-3"), text + " Ferries too."));
        assertThat(source().calls()).as("asked again once forgotten").hasSize(callsBefore + 2);
    }

    @Test
    void concurrentIngestsShareSourceServiceCallsAndEachGetsItsOwnNames() throws Exception {
        int articles = 8;
        source().delayAnswers(300); // the first call is under way while the others arrive
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(articles);
        try {
            QuoteServiceGrpc.QuoteServiceBlockingStub oneCaller = editor(); // calls are shared per credentials
            int callsBefore = source().calls().size();
            List<java.util.concurrent.Future<IngestArticleResponse>> ingests = new java.util.ArrayList<>();
            for (int i = 0; i < articles; i++) {
                String speaker = "Warden Ola Nyberg" + (char) ('a' + i);
                String request = unique("coalesced-" + i);
                ingests.add(pool.submit(() -> oneCaller.ingestArticle(IngestArticleRequest.newBuilder()
                        .setExternalId(request).setOutlet("Harbour Post").setPublishedAt("2025-07-01")
                        .setText("\u201CThe dyke on the east side will hold through the spring tides,\u201D " + speaker
                                + " said.").build())));
            }
            for (int i = 0; i < articles; i++) {
                Occurrence occurrence = ingests.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS)
                        .getArticle().getOccurrences(0);
                assertThat(occurrence.getSpeaker().getName()).isEqualTo("Warden Ola Nyberg" + (char) ('a' + i));
            }
            assertThat(source().calls().size() - callsBefore).as("calls for %d concurrent ingests", articles)
                    .isBetween(1, articles - 1);
        } finally {
            source().delayAnswers(0);
            pool.shutdownNow();
        }
    }

    @Test
    void intermediaryThatSourceServiceCannotResolveIsLeftOutOfTheChain() {
        // Regression: a resolution without a source ("state media" names none) failed the whole ingest.
        IngestArticleRequest request = IngestArticleRequest.newBuilder()
                .setExternalId(unique("generic-relay"))
                .setText("\u201CWe will not be moved,\u201D Mayor Ana Ruiz said, according to state media.")
                .build();

        IngestArticleResponse response = editor().ingestArticle(request);

        assertThat(response.getCreated()).isTrue();
        assertThat(response.getArticle().getOccurrencesList()).singleElement().satisfies(occurrence ->
                assertThat(occurrence.getChainList()).extracting(hop -> hop.getSource().getName())
                        .containsExactly("Ana Ruiz"));
    }

    @Test
    void sameExternalIdReturnsTheStoredArticleAndWritesNothing() {
        String externalId = unique("again");
        IngestArticleResponse first = editor().ingestArticle(article(externalId, ARTICLE));
        int articles = exportedArticles();
        int calls = source().calls().size();

        IngestArticleResponse second = editor().ingestArticle(article(externalId, ARTICLE + "\nEdited."));

        assertThat(second.getCreated()).isFalse();
        assertThat(second.getArticle()).isEqualTo(first.getArticle());
        assertThat(exportedArticles()).isEqualTo(articles);
        assertThat(source().calls()).as("no names resolved for a known article").hasSize(calls);
    }

    @Test
    void sameTextAndOutletWithoutExternalIdIsTheSameArticle() {
        String text = "\u201CRoads reopen at noon,\u201D Chief Ode Banda said. " + UUID.randomUUID();
        IngestArticleRequest request = article("", text);

        IngestArticleResponse first = editor().ingestArticle(request);
        IngestArticleResponse again = editor().ingestArticle(request);
        IngestArticleResponse otherOutlet = editor().ingestArticle(request.toBuilder().setOutlet("Other Post").build());

        assertThat(first.getCreated()).isTrue();
        assertThat(again.getCreated()).isFalse();
        assertThat(again.getArticle().getId()).isEqualTo(first.getArticle().getId());
        assertThat(otherOutlet.getCreated()).isTrue();
        assertThat(otherOutlet.getArticle().getId()).isNotEqualTo(first.getArticle().getId());
        assertThat(otherOutlet.getArticle().getOccurrences(0).getQuoteId())
                .as("same words, same speaker: one quote")
                .isEqualTo(first.getArticle().getOccurrences(0).getQuoteId());
    }

    @Test
    void invalidFieldsAreRejectedByNameAndNothingIsWritten() {
        int articles = exportedArticles();
        int calls = source().calls().size();
        Map<String, IngestArticleRequest> invalid = Map.of(
                "text", article(unique("blank"), "   \n "),
                "text ", article(unique("huge"), "a".repeat(2 * 1024 * 1024 + 1)),
                "external_id", article("x".repeat(201), ARTICLE),
                "published_at", article(unique("date"), ARTICLE).toBuilder().setPublishedAt("15/08/2025").build(),
                "url", article(unique("url"), ARTICLE).toBuilder().setUrl("ftp://files.example/a").build(),
                "url ", article(unique("relative"), ARTICLE).toBuilder().setUrl("/news/a").build());

        invalid.forEach((field, request) -> assertThatThrownBy(() -> editor().ingestArticle(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).startsWith(field.strip() + ":");
                }));

        assertThat(exportedArticles()).isEqualTo(articles);
        assertThat(source().calls()).hasSize(calls);
    }

    /** Sends the articles on one IngestArticles stream, pausing between them, and returns the results. */
    private List<IngestResult> ingestAsStream(List<IngestArticleRequest> articles, long pauseMillis) throws Exception {
        List<IngestResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        StreamObserver<IngestArticleRequest> requests = QuoteServiceGrpc.newStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(token("editor"))))
                .ingestArticles(new StreamObserver<>() {
                    @Override
                    public void onNext(IngestResult result) {
                        results.add(result);
                    }

                    @Override
                    public void onError(Throwable t) {
                        done.completeExceptionally(t);
                    }

                    @Override
                    public void onCompleted() {
                        done.complete(null);
                    }
                });
        for (IngestArticleRequest article : articles) {
            requests.onNext(article);
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
        requests.onCompleted();
        done.get(60, TimeUnit.SECONDS);
        return results;
    }

    @Test
    void streamingIngestReportsEachArticleAndGoesOnAfterABadOne() throws Exception {
        List<IngestResult> results = ingestAsStream(List.of(article(unique("stream-a"), ARTICLE),
                article(unique("stream-b"), ""),
                article(unique("stream-c"), "\u201CWe are ready,\u201D Coach Lin Mei said.")), 0);

        assertThat(results).extracting(IngestResult::getIndex).containsExactly(0, 1, 2);
        assertThat(results.get(0).hasIngested()).as(results.get(0).toString()).isTrue();
        assertThat(results.get(1).getError().getCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(results.get(1).getError().getMessage()).startsWith("text:");
        assertThat(results.get(2).getIngested().getArticle().getOccurrences(0).getSpeaker().getName())
                .isEqualTo("Lin Mei");
    }

    @Test
    void theExportStreamGivesEveryArticleOnceOldestFirstAcrossPages() {
        for (int i = 0; i < 4; i++) { // more than a page of the test profile
            editor().ingestArticle(article(unique("paged-" + i), ARTICLE));
        }
        @SuppressWarnings("deprecation")
        List<Article> inOneMessage = reader().export(ExportRequest.getDefaultInstance()).getArticlesList();
        List<Article> streamed = new ArrayList<>();
        reader().exportArticles(ExportRequest.getDefaultInstance()).forEachRemaining(streamed::add);

        assertThat(streamed).hasSizeGreaterThan(4).isEqualTo(inOneMessage);
        assertThat(streamed).extracting(Article::getId).doesNotHaveDuplicates();
        assertThatThrownBy(() -> as(token("editor")).exportArticles(ExportRequest.getDefaultInstance()).hasNext())
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }

    @Test
    void aStreamSendingWhileEarlierArticlesAreStoredGetsEveryResultInOrder() throws Exception {
        int articles = 40;
        List<IngestArticleRequest> trickled = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            trickled.add(article(unique("trickle-" + i), ARTICLE));
        }
        // a client reading its articles from somewhere, a few at a time
        List<IngestResult> results = ingestAsStream(trickled, 7);

        assertThat(results).extracting(IngestResult::getIndex)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, articles).boxed().toList());
        assertThat(results).allSatisfy(result -> assertThat(result.hasIngested()).as(result.toString()).isTrue());
    }

    @Test
    void exportListsArticlesOldestFirstWithTheirOccurrences() {
        String externalId = unique("export");
        IngestArticleResponse ingested = editor().ingestArticle(article(externalId, ARTICLE));

        List<Article> exported = reader().export(ExportRequest.getDefaultInstance()).getArticlesList();

        Article article = exported.stream().filter(a -> a.getExternalId().equals(externalId)).findFirst().orElseThrow();
        assertThat(article).isEqualTo(ingested.getArticle());
        assertThat(article.getPublishedAt()).isEqualTo("2025-08-15");
        assertThat(article.getUrl()).isEqualTo("https://www.dailytest.example/2025/08/15/flood");
        Occurrence occurrence = article.getOccurrences(0);
        assertThat(occurrence.getChainList()).extracting(Hop::getSource).allSatisfy(ref -> {
            assertThat(UUID.fromString(ref.getId())).isNotNull();
            assertThat(ref.getKind()).isNotEqualTo(SourceKind.SOURCE_KIND_UNSPECIFIED);
        });
        assertThat(exported.indexOf(article)).as("the newest article comes last").isEqualTo(exported.size() - 1);
    }

    @Test
    void getArticleByIdAndItsErrors() {
        IngestArticleResponse ingested = editor().ingestArticle(article(unique("get"), ARTICLE));

        Article fetched = reader().getArticle(GetArticleRequest.newBuilder().setId(ingested.getArticle().getId()).build());

        assertThat(fetched).isEqualTo(ingested.getArticle());
        assertThat(fetched.getText()).as("the text only when asked for").isEmpty();
        Article withText = reader().getArticle(GetArticleRequest.newBuilder().setId(ingested.getArticle().getId())
                .setIncludeText(true).build());
        assertThat(withText.getText()).isEqualTo(ARTICLE);
        assertThat(withText.toBuilder().clearText().build()).isEqualTo(fetched);
        assertThatThrownBy(() -> reader().getArticle(GetArticleRequest.newBuilder()
                .setId(UUID.randomUUID().toString()).setIncludeText(true).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> reader().getArticle(GetArticleRequest.newBuilder()
                .setId(UUID.randomUUID().toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> reader().getArticle(GetArticleRequest.newBuilder().setId("nope").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription()).startsWith("id:");
                });
    }

    @Test
    void variantsOfOneUtteranceAcrossArticlesAreOneQuoteWithItsFragmentsAndProvenance() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String speaker = "Mayor Ilse Varga" + marker.replaceAll("[0-9-]", "");
        IngestArticleResponse first = editor().ingestArticle(IngestArticleRequest.newBuilder()
                .setExternalId(unique("variant-a")).setOutlet("Harbour Post").setPublishedAt("2025-05-02")
                .setUrl("https://harbour.example/bridge").setTitle("Volunteers saved the bridge")
                .setText(speaker + " called the volunteers \u201Cheroic\u201D in a letter, the Valley Wire reported.\n\n"
                        + "\u201CThe heroic work of our volunteers saved the old bridge and every family in the valley,\u201D "
                        + "she wrote.").build());
        IngestArticleResponse second = ingest("variant-b", "Daily Test", "2025-05-03",
                "\u201CThe heroic labour of our volunteers saved the old bridge and each family in the valley,\u201D "
                        + speaker + " wrote in a letter.");

        Occurrence full = first.getArticle().getOccurrences(1);
        Occurrence variant = second.getArticle().getOccurrences(0);
        Occurrence fragment = first.getArticle().getOccurrences(0);
        assertThat(variant.getQuoteId()).as("a translation variant joins the quote").isEqualTo(full.getQuoteId());
        assertThat(fragment.getPartOf()).as("a fragment seen first is linked when its full quote arrives")
                .isEqualTo(full.getQuoteId());

        QuoteDetail quote = reader().getQuote(GetQuoteRequest.newBuilder().setId(full.getQuoteId()).build());
        assertThat(quote.getSpeaker().getName()).isEqualTo(full.getSpeaker().getName());
        assertThat(quote.getFirstAppearance().getArticleId()).isEqualTo(first.getArticle().getId());
        assertThat(quote.getFirstAppearance().getUrl()).isEqualTo("https://harbour.example/bridge");
        assertThat(quote.getFirstAppearance().getTitle()).isEqualTo("Volunteers saved the bridge");
        assertThat(quote.getAppearances(1).getUrl()).as("no url given").isEmpty();
        assertThat(quote.getAppearancesList()).hasSize(2);
        assertThat(quote.getVariantsList()).hasSize(2);
        assertThat(quote.getVariantsList()).anySatisfy(v -> assertThat(v.getDiffList())
                .extracting(DiffPart::getText).contains("labour"));
        assertThat(quote.getFragmentsList()).extracting(f -> f.getCanonicalText()).containsExactly("heroic");

        QuoteGraph graph = reader().getQuoteGraph(GetQuoteRequest.newBuilder().setId(full.getQuoteId()).build());
        assertThat(graph.getNodesList()).extracting(n -> n.getSource().getName())
                .contains("Valley Wire", "Harbour Post", "Daily Test");
        assertThat(graph.getEdgesList()).anySatisfy(e -> assertThat(e.getEvidenceList())
                .anySatisfy(ev -> assertThat(ev.getText()).contains("Valley Wire reported")));
        assertThat(graph.getDot()).startsWith("digraph provenance {").contains("Valley Wire");

        // A misquote as someone saw it, truncated and re-punctuated, leads back to the quote.
        TraceResponse traced = reader().trace(TraceRequest.newBuilder()
                .setText("the heroic work of our volunteers saved the old bridge and every family").build());
        assertThat(traced.getMatchesList()).isNotEmpty();
        assertThat(traced.getMatches(0).getQuote().getId()).isEqualTo(full.getQuoteId());
        assertThat(traced.getMatches(0).getSimilarity()).isGreaterThan(0.5);
        assertThat(traced.getMatches(0).getDiffList()).extracting(DiffPart::getOp).contains(DiffPart.Op.REMOVED);
        assertThat(traced.getMatches(0).getGraph().getNodesCount()).isGreaterThan(1);
    }

    @Test
    void traceFindsAQuoteByTheWordsOfTheFullerWordingThatBecameItsCanonicalOne() {
        // The quote's MinHash bands (quote_band, kept by a trigger) must follow its canonical wording.
        String speaker = uniqueName("Mayor Ilse Varga");
        IngestArticleResponse shortFirst = ingest("short-first", "Harbour Post", "2025-09-02",
                "\u201CWe will rebuild the harbour bridge before the autumn gales arrive,\u201D " + speaker
                        + " said in a statement.");
        IngestArticleResponse fuller = ingest("fuller-later", "Daily Test", "2025-09-03",
                "\u201CWe will rebuild the harbour bridge with northern granite before the autumn gales "
                        + "arrive,\u201D " + speaker + " said in a statement.");
        String quoteId = fuller.getArticle().getOccurrences(0).getQuoteId();
        assertThat(shortFirst.getArticle().getOccurrences(0).getQuoteId()).as("one utterance").isEqualTo(quoteId);
        assertThat(reader().getQuote(GetQuoteRequest.newBuilder().setId(quoteId).build()).getCanonicalText())
                .contains("granite");

        TraceResponse traced = reader().trace(TraceRequest.newBuilder()
                .setText("rebuild the harbour bridge with northern granite").build());

        assertThat(traced.getMatchesList()).extracting(m -> m.getQuote().getId()).contains(quoteId);
    }

    @Test
    void aStoredFragmentIsLinkedToTheFullQuoteALaterArticleStarts() {
        // Regression: the stored fragment's occurrences were re-pointed before the new whole quote was written.
        String speaker = uniqueName("Councillor Pia Maren");
        IngestArticleResponse lead = ingest("fragment-first", "Harbour Post", "2025-06-10",
                speaker + " called the flood wardens \u201Ctireless guardians\u201D in a statement.");
        IngestArticleResponse full = ingest("whole-later", "Daily Test", "2025-06-11",
                "\u201CThe flood wardens were tireless guardians of the lower town through every night of "
                        + "the storm,\u201D " + speaker + " said in a statement.");

        String wholeQuote = full.getArticle().getOccurrences(0).getQuoteId();
        Article leadAgain = reader().getArticle(GetArticleRequest.newBuilder().setId(lead.getArticle().getId()).build());
        assertThat(leadAgain.getOccurrences(0).getPartOf()).isEqualTo(wholeQuote);
        QuoteDetail quote = reader().getQuote(GetQuoteRequest.newBuilder().setId(wholeQuote).build());
        assertThat(quote.getFragmentsList()).extracting(f -> f.getCanonicalText()).containsExactly("tireless guardians");
    }

    @Test
    void aFragmentOfTheWordingAnArticleGaveAStoredQuoteIsPartOfThatQuote() {
        // The fragment shares no content word with the stored canonical wording, so its own look-up
        // cannot find the quote: the article's earlier placement must offer it.
        String speaker = uniqueName("Envoy Tarik Lund");
        IngestArticleResponse first = ingest("in-article-first", "Harbour Post", "2025-09-01",
                "\u201CWe will defend the friendship of our two nations with every means available to us,\u201D "
                        + speaker + " said in a letter.");
        IngestArticleResponse second = ingest("in-article-second", "Daily Test", "2025-09-02",
                "\u201CWe will defend the friendship of our two nations with all available means, as a brotherhood "
                        + "of steel,\u201D " + speaker + " said in a letter.\n\n"
                        + speaker + " called it a \u201Cbrotherhood of steel\u201D.");

        String quote = first.getArticle().getOccurrences(0).getQuoteId();
        List<Occurrence> occurrences = second.getArticle().getOccurrencesList();
        assertThat(occurrences).hasSize(2);
        assertThat(occurrences.get(0).getQuoteId()).as("the second translation joins the letter's quote").isEqualTo(quote);
        assertThat(occurrences.get(1).getPartOf()).as("its fragment is part of that quote").isEqualTo(quote);
    }

    @Test
    void eachQuotationOfAnArticleFindsItsOwnStoredQuoteFromTheOneLookUp() {
        // The article's candidates are looked up in one statement; each quotation must get its own back.
        String mayor = uniqueName("Mayor Olek Brandt");
        String warden = uniqueName("Warden Sina Holm");
        IngestArticleResponse mayorSaid = ingest("batch-mayor", "Harbour Post", "2025-07-01",
                "\u201CThe new ferry will carry the first passengers across the bay before the autumn storms,\u201D "
                        + mayor + " said at a briefing.");
        IngestArticleResponse wardenSaid = ingest("batch-warden", "Valley Wire", "2025-07-01",
                "\u201CEvery sandbag on the harbour wall was filled by volunteers from the lower town,\u201D "
                        + warden + " said in a statement.");

        IngestArticleResponse both = ingest("batch-both", "Daily Test", "2025-07-02",
                "\u201CEvery sandbag on the harbour wall was filled by volunteers from the lower town,\u201D "
                        + warden + " said in a statement.\n\n"
                        + "\u201CThe new ferry will take the first passengers across the bay before the autumn storms,\u201D "
                        + mayor + " said at a briefing.\n\n"
                        + "\u201CThe lighthouse keepers have asked for a second boat to reach the outer islands,\u201D "
                        + warden + " added.");

        List<Occurrence> occurrences = both.getArticle().getOccurrencesList();
        assertThat(occurrences).hasSize(3);
        String wardenQuote = wardenSaid.getArticle().getOccurrences(0).getQuoteId();
        String mayorQuote = mayorSaid.getArticle().getOccurrences(0).getQuoteId();
        assertThat(occurrences.get(0).getQuoteId()).as("the warden's words join the warden's quote").isEqualTo(wardenQuote);
        assertThat(occurrences.get(1).getQuoteId()).as("the mayor's variant joins the mayor's quote").isEqualTo(mayorQuote);
        assertThat(occurrences.get(2).getQuoteId()).as("new words start their own quote")
                .isNotIn(wardenQuote, mayorQuote);
    }

    @Test
    void theSpeakersSameWordsReportedMonthsLaterJoinTheStoredQuote() {
        // Only the speaker's index of content words finds it: other wording, other weeks, other days.
        String speaker = uniqueName("Harbourmaster Ilse Varga");
        IngestArticleResponse first = ingest("same-words-first", "Harbour Post", "2025-01-10",
                "\u201CThe new breakwater will shelter the fishing fleet through the winter gales,\u201D "
                        + speaker + " said at a briefing.");
        IngestArticleResponse later = ingest("same-words-later", "Valley Wire", "2025-06-10",
                "\u201CA new breakwater will shelter a fishing fleet through winter gales,\u201D "
                        + speaker + " said at a briefing.");

        assertThat(later.getArticle().getOccurrences(0).getQuoteId())
                .isEqualTo(first.getArticle().getOccurrences(0).getQuoteId());
    }

    @Test
    void quotesAreSearchedByWordsSpeakerSourceAndDateAPageAtATime() {
        String surname = uniqueName("Okonkwo");
        IngestArticleResponse ingested = ingest("search", "Harbour Post", "2024-02-10",
                "\u201CThe harbour tunnel will open before the summer festival season begins,\u201D Engineer Ada "
                        + surname + " said, according to the Tideline Gazette.\n\n"
                        + "\u201CEvery ferry captain in the bay has been told about the new timetable,\u201D " + surname
                        + " added.");
        Occurrence tunnel = ingested.getArticle().getOccurrences(0);
        String gazette = tunnel.getChain(1).getSource().getId();

        assertThat(search(SearchQuotesRequest.newBuilder().setText("harbour tunnel will open before summer").build()))
                .extracting(QuoteHit::getId).contains(tunnel.getQuoteId());
        List<QuoteHit> bySpeaker = search(SearchQuotesRequest.newBuilder().setSpeaker(surname.toUpperCase()).build());
        assertThat(bySpeaker).hasSize(2).allSatisfy(hit -> assertThat(hit.getSpeakerName()).contains(surname));
        // the lead's "according to the Tideline Gazette" governs both of the engineer's quotations
        assertThat(search(SearchQuotesRequest.newBuilder().setSourceId(gazette).build())).extracting(QuoteHit::getId)
                .containsExactlyInAnyOrder(tunnel.getQuoteId(), ingested.getArticle().getOccurrences(1).getQuoteId());
        assertThat(search(SearchQuotesRequest.newBuilder().setSpeaker(surname).setFrom("2024-02-01").setTo("2024-02-28")
                .build())).hasSize(2);
        assertThat(search(SearchQuotesRequest.newBuilder().setSpeaker(surname).setFrom("2024-03-01").build())).isEmpty();

        SearchQuotesResponse first = reader().searchQuotes(SearchQuotesRequest.newBuilder().setSpeaker(surname)
                .setPageSize(1).build());
        assertThat(first.getQuotesList()).hasSize(1);
        SearchQuotesResponse second = reader().searchQuotes(SearchQuotesRequest.newBuilder().setSpeaker(surname)
                .setPageSize(1).setPageToken(first.getNextPageToken()).build());
        assertThat(second.getQuotesList()).hasSize(1).doesNotContainAnyElementsOf(first.getQuotesList());
        assertThat(second.getNextPageToken()).isEmpty();

        for (SearchQuotesRequest bad : List.of(SearchQuotesRequest.newBuilder().setFrom("10/02/2024").build(),
                SearchQuotesRequest.newBuilder().setPageSize(101).build(),
                SearchQuotesRequest.newBuilder().setPageToken("forged").build(),
                SearchQuotesRequest.newBuilder().setSourceId("nope").build())) {
            assertThatThrownBy(() -> reader().searchQuotes(bad)).isInstanceOfSatisfying(StatusRuntimeException.class,
                    e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        }
    }

    private List<QuoteHit> search(SearchQuotesRequest request) {
        return reader().searchQuotes(request).getQuotesList();
    }

    @Test
    void traceRejectsEmptyOrOversizedTextAndABadLimit() {
        for (TraceRequest bad : List.of(TraceRequest.newBuilder().setText("  ").build(),
                TraceRequest.newBuilder().setText("x".repeat(10_001)).build(),
                TraceRequest.newBuilder().setText("we will win").setLimit(99).build())) {
            assertThatThrownBy(() -> reader().trace(bad)).isInstanceOfSatisfying(StatusRuntimeException.class,
                    e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        }
        assertThat(reader().trace(TraceRequest.newBuilder().setText("zebras quietly juggle marmalade").build())
                .getMatchesList()).isEmpty();
    }

    @Test
    void unknownQuoteIsNotFoundAndAMalformedIdIsInvalid() {
        assertThatThrownBy(() -> reader().getQuote(GetQuoteRequest.newBuilder().setId(UUID.randomUUID().toString()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> reader().getQuoteGraph(GetQuoteRequest.newBuilder().setId("not-a-uuid").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }

    @Test
    void withoutTokenIsUnauthenticatedAndReaderCannotIngest() {
        assertThatThrownBy(() -> as(null).ingestArticle(article(unique("anon"), ARTICLE)))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        assertThatThrownBy(() -> as(null).export(ExportRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        assertThatThrownBy(() -> as("not.a.jwt").export(ExportRequest.getDefaultInstance()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        int articles = exportedArticles();

        assertThatThrownBy(() -> reader().ingestArticle(article(unique("reader"), ARTICLE)))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThatThrownBy(() -> as(token("editor")).export(ExportRequest.getDefaultInstance()))
                .as("editor without reader role cannot read")
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        assertThat(exportedArticles()).isEqualTo(articles);
    }

    @Test
    void sourceServiceHangingOrDownIsUnavailableWithinTheDeadlineThenIngestSucceeds() {
        String externalId = unique("outage");
        int articles = exportedArticles();
        sourceResolver.forgetResolutions(); // names other tests resolved would need no call

        source().hang(true);
        long started = System.nanoTime();
        assertThatThrownBy(() -> editor().ingestArticle(article(externalId, ARTICLE)))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
                    assertThat(e.getStatus().getDescription()).isEqualTo("source-service is unavailable");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        source().hang(false);

        source().stop();
        try {
            assertThatThrownBy(() -> editor().ingestArticle(article(externalId, ARTICLE)))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
        } finally {
            source().restart();
        }
        assertThat(exportedArticles()).as("nothing written during the outage").isEqualTo(articles);

        IngestArticleResponse afterwards = editor().ingestArticle(article(externalId, ARTICLE));
        assertThat(afterwards.getCreated()).isTrue();
        assertThat(editor().ingestArticle(article(externalId, ARTICLE)).getCreated()).isFalse();
        assertThat(exportedArticles()).isEqualTo(articles + 1);
    }

    @Test
    void concurrentIngestsOfOneArticleStoreItOnce() throws Exception {
        String externalId = unique("race");
        int articles = exportedArticles();
        List<com.google.common.util.concurrent.ListenableFuture<IngestArticleResponse>> responses = new ArrayList<>();
        QuoteServiceGrpc.QuoteServiceFutureStub stub = QuoteServiceGrpc.newFutureStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(token("editor"))));
        for (int i = 0; i < 6; i++) {
            responses.add(stub.ingestArticle(article(externalId, ARTICLE)));
        }

        List<IngestArticleResponse> results = new ArrayList<>();
        for (var response : responses) {
            results.add(response.get(30, TimeUnit.SECONDS));
        }

        assertThat(results).filteredOn(IngestArticleResponse::getCreated).hasSize(1);
        assertThat(results).extracting(r -> r.getArticle().getId()).containsOnly(results.get(0).getArticle().getId());
        assertThat(exportedArticles()).isEqualTo(articles + 1);
    }

    @Test
    void intermediaryThatIsTheOutletItselfIsOneHop() {
        String text = "\u201CThe road is open,\u201D Officer Tam Quinn said, according to Daily Test.";
        IngestArticleRequest request = article(unique("collapse"), text).toBuilder().setOutlet("Daily Test").build();

        Occurrence occurrence = editor().ingestArticle(request).getArticle().getOccurrences(0);

        assertThat(occurrence.getChainList()).extracting(hop -> hop.getSource().getName())
                .containsExactly("Tam Quinn", "Daily Test");
        assertThat(occurrence.getChain(1).getEvidence()).isEqualTo("outlet: Daily Test");
    }
}
