package io.quotetrail.quote.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.quarkus.grpc.GrpcClient;
import io.quotetrail.proto.source.v1.GetSourceRequest;
import io.quotetrail.proto.source.v1.Mention;
import io.quotetrail.proto.source.v1.MutinySourceServiceGrpc.MutinySourceServiceStub;
import io.quotetrail.proto.source.v1.Resolution;
import io.quotetrail.proto.source.v1.ResolveMentionsRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Resolves mentions and source ids to sources through source-service, on the caller's behalf.
 * Resolutions are kept for a short while: news names the same outlets, agencies and people
 * article after article, and a name resolves the same way for every caller. A merge empties
 * the cache (see {@link #forgetResolutions}); a rename shows within the time a resolution is kept.
 */
@ApplicationScoped
public class SourceResolver {

    private static final Logger LOG = Logger.getLogger(SourceResolver.class);
    /** source-service accepts at most this many mentions per call. */
    static final int MAX_MENTIONS_PER_CALL = 1000;
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final MutinySourceServiceStub stub;
    private final Duration deadline;
    /** Per caller credentials, the requests waiting for a call; guarded by itself. */
    private final java.util.Map<String, Lane> lanes = new java.util.HashMap<>();
    /** Mention → its source, or empty for a generic mention that names none; null when resolutions are not kept. */
    private final Cache<Mention, Optional<ResolvedSource>> resolutions;

    public SourceResolver(@GrpcClient("source") MutinySourceServiceStub stub,
                          // Read here and applied per call: a deadline is an instant, so one set once
                          // on the shared stub would expire for every later call.
                          @ConfigProperty(name = "quarkus.grpc.clients.source.deadline", defaultValue = "5s")
                          Duration deadline,
                          @ConfigProperty(name = "quotetrail.resolutions.keep-for", defaultValue = "60s") Duration keepFor,
                          @ConfigProperty(name = "quotetrail.resolutions.max", defaultValue = "50000") long maxKept) {
        this.stub = stub;
        this.deadline = deadline;
        this.resolutions = keepFor.isZero() || maxKept == 0 ? null
                : Caffeine.newBuilder().expireAfterWrite(keepFor).maximumSize(maxKept).build();
    }

    /** Drops every kept resolution: a merge changed what names resolve to. */
    public void forgetResolutions() {
        if (resolutions != null) {
            resolutions.invalidateAll();
        }
    }

    /**
     * One resolution per mention, in order. Normally one call; a batch above the per-call limit
     * is split into consecutive calls.
     *
     * @param authorization the caller's "Bearer ..." header, passed on so that source-service
     *                      checks the caller's own rights; null to send none
     */
    public Uni<List<ResolvedSource>> resolve(List<Mention> mentions, String authorization) {
        if (mentions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (resolutions == null) {
            return resolveRemotely(mentions, authorization);
        }
        ResolvedSource[] resolved = new ResolvedSource[mentions.size()];
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Optional<ResolvedSource> kept = resolutions.getIfPresent(cacheKey(mentions.get(i)));
            if (kept == null) {
                unknown.add(i);
            } else {
                resolved[i] = kept.orElse(null);
            }
        }
        if (unknown.isEmpty()) {
            return Uni.createFrom().item(java.util.Arrays.asList(resolved));
        }
        List<Mention> asked = unknown.stream().map(mentions::get).toList();
        return resolveRemotely(asked, authorization).map(answers -> {
            for (int k = 0; k < asked.size(); k++) {
                resolved[unknown.get(k)] = answers.get(k);
                resolutions.put(cacheKey(asked.get(k)), Optional.ofNullable(answers.get(k)));
            }
            return java.util.Arrays.asList(resolved);
        });
    }

    /**
     * A mention as far as its resolution goes: of its URL only the web domain counts, so that an
     * outlet named with each article's own address is one entry.
     */
    private static Mention cacheKey(Mention mention) {
        if (mention.getUrl().isEmpty()) {
            return mention;
        }
        String host = ArticlePreparation.hostOf(mention.getUrl());
        return mention.toBuilder().setUrl(host == null ? "" : host).build();
    }

    private Uni<List<ResolvedSource>> resolveRemotely(List<Mention> mentions, String authorization) {
        Uni<List<ResolvedSource>> result = Uni.createFrom().item(new ArrayList<>());
        for (int from = 0; from < mentions.size(); from += MAX_MENTIONS_PER_CALL) {
            List<Mention> batch = mentions.subList(from, Math.min(mentions.size(), from + MAX_MENTIONS_PER_CALL));
            result = result.chain(resolved -> coalesced(batch, authorization).map(more -> {
                resolved.addAll(more);
                return resolved;
            }));
        }
        return result;
    }

    /**
     * Concurrent ingests share calls: while a call with the same credentials is under way, the
     * next requests queue and then go together in one call (up to the per-call limit). An idle
     * service calls at once, so this adds no wait; a busy one makes fewer, larger calls.
     */
    private Uni<List<ResolvedSource>> coalesced(List<Mention> mentions, String authorization) {
        Request request = new Request(List.copyOf(mentions));
        String key = authorization == null ? "" : authorization;
        Lane lane;
        boolean callNow;
        synchronized (lanes) {
            lane = lanes.computeIfAbsent(key, k -> new Lane(authorization));
            lane.queue.add(request);
            callNow = !lane.calling;
            lane.calling = true;
        }
        if (callNow) {
            callNext(key, lane);
        }
        return Uni.createFrom().completionStage(request.result);
    }

    /** One call with as many queued requests as fit; then the next, until the queue is empty. */
    private void callNext(String key, Lane lane) {
        List<Request> taken = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        synchronized (lanes) {
            while (!lane.queue.isEmpty()
                    && (taken.isEmpty() || mentions.size() + lane.queue.peek().mentions.size() <= MAX_MENTIONS_PER_CALL)) {
                Request next = lane.queue.poll();
                taken.add(next);
                mentions.addAll(next.mentions);
            }
            if (taken.isEmpty()) {
                lane.calling = false;
                lanes.remove(key);
                return;
            }
        }
        call(mentions, lane.authorization).subscribe().with(resolved -> {
            int from = 0;
            for (Request request : taken) {
                request.result.complete(resolved.subList(from, from + request.mentions.size()));
                from += request.mentions.size();
            }
            callNext(key, lane);
        }, failure -> {
            taken.forEach(request -> request.result.completeExceptionally(failure));
            callNext(key, lane);
        });
    }

    /** The requests waiting for a call with one caller's credentials. */
    private static final class Lane {
        final String authorization;
        final java.util.ArrayDeque<Request> queue = new java.util.ArrayDeque<>();
        boolean calling;

        Lane(String authorization) {
            this.authorization = authorization;
        }
    }

    private record Request(List<Mention> mentions, java.util.concurrent.CompletableFuture<List<ResolvedSource>> result) {
        Request(List<Mention> mentions) {
            this(mentions, new java.util.concurrent.CompletableFuture<>());
        }
    }

    /**
     * The source the registry holds under this id now: for a source merged into another, that
     * other one (source-service answers the survivor).
     *
     * @throws SourceNotFoundException (as the Uni's failure) when the registry does not know the id
     */
    public Uni<ResolvedSource> current(UUID id, String authorization) {
        return bounded(callStub(authorization).getSource(GetSourceRequest.newBuilder().setId(id.toString()).build()))
                .onFailure(failure -> failure instanceof StatusRuntimeException sre
                        && sre.getStatus().getCode() == Status.Code.NOT_FOUND)
                .transform(failure -> new SourceNotFoundException(id.toString()))
                .onFailure(failure -> !(failure instanceof SourceNotFoundException)).transform(SourceResolver::translate)
                .map(source -> new ResolvedSource(UUID.fromString(source.getId()), source.getName(), source.getKind().name()));
    }

    /** The stub for one call: its own deadline, and the caller's credentials when given. */
    private MutinySourceServiceStub callStub(String authorization) {
        MutinySourceServiceStub callStub = stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
        if (authorization != null) {
            Metadata headers = new Metadata();
            headers.put(AUTHORIZATION, authorization);
            callStub = callStub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        }
        return callStub;
    }

    /** Enforced here as well: the transport need not honour the call's deadline itself. */
    private <T> Uni<T> bounded(Uni<T> call) {
        return call.ifNoItem().after(deadline).failWith(() -> new DependencyUnavailableException("source-service",
                new TimeoutException("no answer within " + deadline)));
    }

    private Uni<List<ResolvedSource>> call(List<Mention> batch, String authorization) {
        return bounded(callStub(authorization).resolveMentions(ResolveMentionsRequest.newBuilder().addAllMentions(batch).build()))
                .onFailure().transform(SourceResolver::translate)
                .map(response -> {
                    if (response.getResolutionsCount() != batch.size()) {
                        throw new IllegalStateException("source-service answered " + response.getResolutionsCount()
                                + " resolutions for " + batch.size() + " mentions");
                    }
                    List<ResolvedSource> resolved = new ArrayList<>(batch.size());
                    for (Resolution resolution : response.getResolutionsList()) {
                        // A generic mention ("state media") that names no source comes back without one.
                        resolved.add(!resolution.hasSource() ? null
                                : new ResolvedSource(UUID.fromString(resolution.getSource().getId()),
                                        resolution.getSource().getName(), resolution.getSource().getKind().name()));
                    }
                    return resolved;
                });
    }

    private static Throwable translate(Throwable failure) {
        if (failure instanceof DependencyUnavailableException) {
            LOG.warnf("source-service call failed: %s", failure.getCause());
            return failure;
        }
        if (isTransportFailure(failure)) {
            LOG.warnf("source-service unreachable: %s", failure);
            return new DependencyUnavailableException("source-service", failure);
        }
        if (failure instanceof StatusRuntimeException sre) {
            Status.Code code = sre.getStatus().getCode();
            switch (code) {
                case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED, CANCELLED -> {
                    LOG.warnf("source-service call failed: %s", sre.getStatus());
                    return new DependencyUnavailableException("source-service", sre);
                }
                case UNAUTHENTICATED, PERMISSION_DENIED -> {
                    return new DependencyRejectedException(code, "source-service refused the caller's credentials");
                }
                case INVALID_ARGUMENT -> {
                    // Our own request was malformed: a bug here, not the caller's fault.
                    LOG.errorf("source-service rejected a mention batch: %s", sre.getStatus().getDescription());
                    return new IllegalStateException("source-service rejected the mention batch", sre);
                }
                default -> {
                    LOG.warnf("source-service call failed: %s", sre.getStatus());
                    return new DependencyUnavailableException("source-service", sre);
                }
            }
        }
        return failure;
    }

    /** Connection refused, reset or closed, however the client library wrapped it. */
    private static boolean isTransportFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof HttpClosedException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
