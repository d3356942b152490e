package io.quotetrail.quote.testing;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.quotetrail.proto.source.v1.GetSourceRequest;
import io.quotetrail.proto.source.v1.Mention;
import io.quotetrail.proto.source.v1.MentionContext;
import io.quotetrail.proto.source.v1.Resolution;
import io.quotetrail.proto.source.v1.ResolveMentionsRequest;
import io.quotetrail.proto.source.v1.ResolveMentionsResponse;
import io.quotetrail.proto.source.v1.Source;
import io.quotetrail.proto.source.v1.SourceKind;
import io.quotetrail.proto.source.v1.SourceServiceGrpc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * TEST DOUBLE of source-service, used only by quote-service's tests until the real
 * source-service can be started as a process here. It speaks the real gRPC contract on a
 * loopback port, resolves each mention to a source with an id derived from its name (so
 * the same name always gives the same source), records every call with the authorization
 * header it carried, and can be made to hang or be shut down to exercise outages. GetSource
 * answers the sources it resolved, and for a source merged with {@link #merge}, the survivor.
 */
public final class SourceServiceDouble {

    /** One ResolveMentions call as received. */
    public record ReceivedCall(String authorization, List<Mention> mentions) {
    }

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> CALL_AUTHORIZATION = Context.key("authorization");

    private final List<ReceivedCall> calls = new CopyOnWriteArrayList<>();
    /** The sources answered so far, by id. */
    private final Map<String, Source> known = new ConcurrentHashMap<>();
    /** Merged source id to survivor id. */
    private final Map<String, String> mergedInto = new ConcurrentHashMap<>();
    private int port;
    private volatile boolean hanging;
    private volatile long answerDelayMillis;
    private Server server;

    private SourceServiceDouble(int port) {
        this.port = port;
    }

    public static SourceServiceDouble start(int port) {
        SourceServiceDouble service = new SourceServiceDouble(port);
        service.startServer();
        return service;
    }

    public int port() {
        return port;
    }

    public List<ReceivedCall> calls() {
        return List.copyOf(calls);
    }

    /** While hanging, calls are accepted and never answered: the caller's deadline must end them. */
    public void hang(boolean hang) {
        this.hanging = hang;
    }

    /**
     * Merges one source this double answered into another: GetSource of the merged id answers the
     * survivor from now on. ResolveMentions goes on answering the merged source's names with its own
     * id, as a resolution made just before the merge did.
     */
    public void merge(String fromId, String intoId) {
        if (!known.containsKey(fromId) || !known.containsKey(intoId)) {
            throw new IllegalArgumentException("merge only sources this double has answered");
        }
        mergedInto.put(fromId, intoId);
        mergedInto.replaceAll((merged, survivor) -> survivor.equals(fromId) ? intoId : survivor);
    }

    /** Answers each call this long after receiving it (0: at once). */
    public void delayAnswers(long millis) {
        this.answerDelayMillis = millis;
    }

    public void stop() {
        if (server != null) {
            server.shutdownNow();
            try {
                server.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts again on the same port after {@link #stop()}. */
    public void restart() {
        startServer();
    }

    private void startServer() {
        ServerInterceptor captureAuthorization = new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                              ServerCallHandler<Q, R> next) {
                Context context = Context.current().withValue(CALL_AUTHORIZATION, headers.get(AUTHORIZATION));
                return Contexts.interceptCall(context, call, headers, next);
            }
        };
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", port))
                    .addService(ServerInterceptors.intercept(new Resolver(), captureAuthorization))
                    .build()
                    .start();
            port = server.getPort(); // a restart binds the same port again
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the source-service test double", e);
        }
    }

    private final class Resolver extends SourceServiceGrpc.SourceServiceImplBase {
        @Override
        public void resolveMentions(ResolveMentionsRequest request, StreamObserver<ResolveMentionsResponse> observer) {
            calls.add(new ReceivedCall(CALL_AUTHORIZATION.get(), request.getMentionsList()));
            if (hanging) {
                return;
            }
            if (answerDelayMillis > 0) {
                try {
                    Thread.sleep(answerDelayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (CALL_AUTHORIZATION.get() == null) {
                observer.onError(Status.UNAUTHENTICATED.asRuntimeException());
                return;
            }
            ResolveMentionsResponse.Builder response = ResolveMentionsResponse.newBuilder();
            for (Mention mention : request.getMentionsList()) {
                String name = mention.getText().strip();
                if (name.equals(name.toLowerCase(Locale.ROOT))) {
                    // like source-service: a generic description ("state media") names no source
                    response.addResolutions(Resolution.getDefaultInstance());
                    continue;
                }
                UUID id = UUID.nameUUIDFromBytes(name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
                Source source = Source.newBuilder().setId(id.toString()).setName(name)
                        .setKind(kindFor(mention.getContext())).build();
                known.put(source.getId(), source);
                response.addResolutions(Resolution.newBuilder().setSource(source));
            }
            observer.onNext(response.build());
            observer.onCompleted();
        }

        @Override
        public void getSource(GetSourceRequest request, StreamObserver<Source> observer) {
            if (CALL_AUTHORIZATION.get() == null) {
                observer.onError(Status.UNAUTHENTICATED.asRuntimeException());
                return;
            }
            Source source = known.get(mergedInto.getOrDefault(request.getId(), request.getId()));
            if (source == null) {
                observer.onError(Status.NOT_FOUND.withDescription("source " + request.getId() + " does not exist")
                        .asRuntimeException());
                return;
            }
            observer.onNext(source);
            observer.onCompleted();
        }

        private SourceKind kindFor(MentionContext context) {
            return switch (context) {
                case SPEAKER -> SourceKind.PERSON;
                case INTERMEDIARY -> SourceKind.NEWS_AGENCY;
                case PUBLISHER -> SourceKind.OUTLET;
                default -> SourceKind.ORGANIZATION;
            };
        }
    }
}
