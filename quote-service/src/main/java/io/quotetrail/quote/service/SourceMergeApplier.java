package io.quotetrail.quote.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quotetrail.quote.model.SourceMerge;
import io.quotetrail.quote.repository.ArticleRepository;
import io.quotetrail.quote.repository.ChainHopRepository;
import io.quotetrail.quote.repository.OccurrenceRepository;
import io.quotetrail.quote.repository.QuoteRepository;
import io.quotetrail.quote.repository.SourceMergeRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies a merge of source-service's registry to what is stored here: every row that holds the
 * merged id (occurrences' speakers, chain hops, articles' outlets, quotes' speakers) is rewritten to
 * the survivor, so graphs, search, export and clustering show one source.
 * <p>
 * Stored ids are rewritten rather than resolved at every read: reads are many and merges rare, and
 * each reader (graph, export, search, the clustering candidates by speaker) would otherwise join
 * the merges. The rewrite reaches only the merged id's rows, through indexes, a bounded batch per
 * transaction: no scan of the store, no long lock. It is idempotent, so a retry after a failure
 * completes it. Ingests that resolved the merged id just before the merge write the survivor (see
 * {@link SourceMergeRepository}); search finds the merged id's rows while a rewrite is under way.
 */
@ApplicationScoped
public class SourceMergeApplier {

    private static final Logger LOG = Logger.getLogger(SourceMergeApplier.class);

    /** Rows rewritten per batch of each kind. */
    private final int batchSize;
    private final SourceResolver registry;
    private final SourceMergeRepository merges;
    private final OccurrenceRepository occurrences;
    private final ChainHopRepository hops;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;

    public SourceMergeApplier(SourceResolver registry, SourceMergeRepository merges, OccurrenceRepository occurrences,
                              ChainHopRepository hops, ArticleRepository articles, QuoteRepository quotes,
                              @ConfigProperty(name = "quotetrail.source-merge.batch-size", defaultValue = "1000")
                              int batchSize) {
        this.registry = registry;
        this.merges = merges;
        this.occurrences = occurrences;
        this.hops = hops;
        this.articles = articles;
        this.quotes = quotes;
        this.batchSize = batchSize;
    }

    /** The survivor and the rows this call rewrote. */
    public record Outcome(ResolvedSource survivor, long speakers, long chainHops, long outlets, long quotes) {
    }

    /**
     * @param sourceId      the id of a source the registry merged into another
     * @param authorization the caller's "Bearer ..." value, passed on to source-service
     */
    public Uni<Outcome> apply(String sourceId, String authorization) {
        Executor backToCaller = CallerContexts.current();
        return Uni.createFrom().item(() -> parseId(sourceId)).chain(merged -> {
            Uni<ResolvedSource> current = registry.current(merged, authorization);
            if (backToCaller != null) {
                current = current.emitOn(backToCaller);
            }
            return current.chain(survivor -> {
                if (survivor.id().equals(merged)) {
                    throw new FailedPreconditionException("source_id",
                            "source " + merged + " has not been merged into another source");
                }
                return rewrite(merged, survivor);
            });
        });
    }

    private Uni<Outcome> rewrite(UUID merged, ResolvedSource survivor) {
        SourceMerge merge = new SourceMerge();
        merge.mergedId = merged;
        merge.intoId = survivor.id();
        merge.intoName = survivor.name();
        merge.intoKind = survivor.kind();
        merge.recordedAt = Instant.now();
        UUID into = survivor.id();
        return Panache.withTransaction(() -> merges.record(merge))
                .invoke(registry::forgetResolutions) // kept resolutions may name the merged source
                .chain(() -> inBatches(() -> occurrences.reassignSpeaker(merged, into, survivor.name(), survivor.kind(),
                        batchSize)))
                .chain(speakers -> inBatches(() -> hops.reassign(merged, into, survivor.name(), survivor.kind(), batchSize))
                        .chain(chainHops -> inBatches(() -> articles.reassignOutlet(merged, into, survivor.name(),
                                        survivor.kind(), batchSize))
                                .chain(outlets -> inBatches(() -> quotes.reassignSpeaker(merged, into, batchSize))
                                        .map(quoteCount -> new Outcome(survivor, speakers, chainHops, outlets, quoteCount)))))
                .invoke(outcome -> LOG.infof("Source %s merged into %s '%s': rewrote %d speakers, %d chain hops,"
                                + " %d outlets, %d quotes", merged, into, survivor.name(), outcome.speakers(),
                        outcome.chainHops(), outcome.outlets(), outcome.quotes()));
    }

    /** Runs a batch, each in its own transaction, until one changes fewer rows than a full batch; the rows changed. */
    private Uni<Long> inBatches(Supplier<Uni<Integer>> batch) {
        return Multi.createBy().repeating().uni(() -> Panache.withTransaction(batch))
                .whilst(changed -> changed == batchSize)
                .collect().with(Collectors.summingLong(Integer::longValue));
    }

    private static UUID parseId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidArgumentException("source_id", "is required");
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("source_id", "must be a UUID");
        }
    }
}
