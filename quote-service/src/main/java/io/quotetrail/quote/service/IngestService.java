package io.quotetrail.quote.service;

import io.quotetrail.proto.quote.v1.IngestArticleRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Ingests one article: validate → return the stored one if already ingested → clean and extract →
 * resolve every name in one call to source-service → store everything in one transaction.
 * The remote call happens before the transaction opens, so no transaction waits on the network.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final IngestValidator validator;
    private final ArticlePreparation preparation;
    private final SourceResolver sources;
    private final ArticleReader reader;
    private final ArticleWriter writer;
    private final PlannerStatistics statistics;

    public IngestService(IngestValidator validator, ArticlePreparation preparation, SourceResolver sources,
                         ArticleReader reader, ArticleWriter writer, PlannerStatistics statistics) {
        this.validator = validator;
        this.preparation = preparation;
        this.sources = sources;
        this.reader = reader;
        this.writer = writer;
        this.statistics = statistics;
    }

    /**
     * @param authorization the caller's "Bearer ..." value, forwarded to source-service
     */
    public Uni<IngestOutcome> ingest(IngestArticleRequest request, String authorization) {
        Executor backToCaller = CallerContexts.current();
        return Uni.createFrom().item(() -> validator.validate(request))
                .chain(command -> reader.findExisting(command).chain(existing -> existing != null
                        ? Uni.createFrom().item(new IngestOutcome(existing, false))
                        : extractResolveStore(command, authorization, backToCaller)));
    }

    private Uni<IngestOutcome> extractResolveStore(IngestCommand command, String authorization, Executor backToCaller) {
        PreparedArticle prepared = preparation.prepare(command);
        Uni<java.util.List<ResolvedSource>> resolved = sources.resolve(prepared.mentions(), authorization);
        if (backToCaller != null) {
            // The gRPC client answers on its own threads; the database session lives on the caller's context.
            resolved = resolved.emitOn(backToCaller);
        }
        return resolved
                .chain(sourcesResolved -> writer.store(command, prepared, sourcesResolved))
                .invoke(stored -> statistics.occurrencesStored(stored.occurrences().size()))
                .map(view -> new IngestOutcome(view, true))
                .onFailure(UniqueViolations::isUniqueViolation).recoverWithUni(failure -> {
                    LOG.debugf("article stored concurrently, returning the stored one: %s", failure.getMessage());
                    return reader.findExisting(command).onItem().ifNull().failWith(() -> failure)
                            .map(existing -> new IngestOutcome(existing, false));
                });
    }
}
