package io.quotetrail.gateway.service;

import io.grpc.Status;

/** One article of a batch ingest: its position in the batch, and either its outcome or why it failed. */
public record BatchOutcome(int index, IngestOutcome outcome, Status failure) {

    static BatchOutcome ingested(int index, IngestOutcome outcome) {
        return new BatchOutcome(index, outcome, null);
    }

    static BatchOutcome failed(int index, Status failure) {
        return new BatchOutcome(index, null, failure);
    }
}
