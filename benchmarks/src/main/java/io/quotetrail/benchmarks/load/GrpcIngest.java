package io.quotetrail.benchmarks.load;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import io.quotetrail.benchmarks.corpus.GeneratedArticle;
import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.quotetrail.proto.quote.v1.IngestResult;
import io.quotetrail.proto.quote.v1.QuoteServiceGrpc;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * {@code QuoteService/IngestArticles} on the gateway: several streams at once, each carrying a
 * batch of articles and closed after it, so that every stream starts with a fresh token.
 */
final class GrpcIngest implements AutoCloseable {

    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final ManagedChannel channel;
    private final Tokens tokens;
    private final int streams;
    private final int batch;

    GrpcIngest(URI gateway, Tokens tokens, int streams, int batch) {
        this.channel = ManagedChannelBuilder.forAddress(gateway.getHost(), gateway.getPort()).usePlaintext()
                .maxInboundMessageSize(16 * 1024 * 1024).build();
        this.tokens = tokens;
        this.streams = streams;
        this.batch = batch;
    }

    /** Ingests until the system reports at least {@code occurrences} stored occurrences. */
    LoadBenchmark.Throughput ingestUntil(Iterator<GeneratedArticle> corpus, LoadBenchmark.Loaded loaded,
                                         TraceSamples samples, long occurrences) throws Exception {
        return run(corpus, loaded, samples, () -> loaded.occurrences() >= occurrences, Long.MAX_VALUE);
    }

    /** Ingests exactly {@code count} more articles (fewer if the corpus ends). */
    LoadBenchmark.Throughput ingestArticles(Iterator<GeneratedArticle> corpus, LoadBenchmark.Loaded loaded,
                                            TraceSamples samples, int count) throws Exception {
        return run(corpus, loaded, samples, () -> false, count);
    }

    private LoadBenchmark.Throughput run(Iterator<GeneratedArticle> corpus, LoadBenchmark.Loaded loaded,
                                         TraceSamples samples, BooleanSupplier enough, long count) throws Exception {
        AtomicLong taken = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong occurrences = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long started = System.nanoTime();
        try (ExecutorService senders = Executors.newFixedThreadPool(streams)) {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < streams; s++) {
                running.add(senders.submit(() -> {
                    List<GeneratedArticle> articles;
                    while (!enough.getAsBoolean() && !(articles = take(corpus, taken, count)).isEmpty()) {
                        List<IngestResult> results = stream(articles);
                        for (IngestResult result : results) {
                            if (result.hasIngested()) {
                                int n = result.getIngested().getArticle().getOccurrencesCount();
                                loaded.add(n);
                                stored.incrementAndGet();
                                occurrences.addAndGet(n);
                                samples.offer(articles.get(result.getIndex()));
                            } else {
                                failures.incrementAndGet();
                                System.err.println("gRPC ingest of " + articles.get(result.getIndex()).externalId()
                                        + " failed: " + result.getError().getCode() + " " + result.getError().getMessage());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> sender : running) {
                sender.get();
            }
        }
        return new LoadBenchmark.Throughput(stored.get(), occurrences.get(), failures.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private List<GeneratedArticle> take(Iterator<GeneratedArticle> corpus, AtomicLong taken, long count) {
        List<GeneratedArticle> articles = new ArrayList<>(batch);
        synchronized (corpus) {
            while (articles.size() < batch && taken.get() < count && corpus.hasNext()) {
                articles.add(corpus.next());
                taken.incrementAndGet();
            }
        }
        return articles;
    }

    private List<IngestResult> stream(List<GeneratedArticle> articles) throws Exception {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + tokens.current());
        QuoteServiceGrpc.QuoteServiceStub stub = QuoteServiceGrpc.newStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        List<IngestResult> results = new ArrayList<>(articles.size());
        CompletableFuture<Void> finished = new CompletableFuture<>();
        StreamObserver<IngestArticleRequest> requests = stub.ingestArticles(new StreamObserver<>() {
            @Override
            public void onNext(IngestResult result) {
                results.add(result);
            }

            @Override
            public void onError(Throwable failure) {
                finished.completeExceptionally(failure);
            }

            @Override
            public void onCompleted() {
                finished.complete(null);
            }
        });
        for (GeneratedArticle article : articles) {
            requests.onNext(IngestArticleRequest.newBuilder().setExternalId(article.externalId()).setText(article.text())
                    .setOutlet(article.outlet()).setUrl(article.url()).setPublishedAt(article.publishedAt())
                    .setLanguage(article.language()).build());
        }
        requests.onCompleted();
        finished.get(10, TimeUnit.MINUTES);
        return results;
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdown().awaitTermination(10, TimeUnit.SECONDS);
    }
}
