package io.quotetrail.quote.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A source source-service merged into another, as applied here: the merged id and the source it now is. */
@Entity
@Table(name = "source_merge")
public class SourceMerge {

    @Id
    @Column(name = "merged_id")
    public UUID mergedId;

    @Column(name = "into_id")
    public UUID intoId;

    @Column(name = "into_name")
    public String intoName;

    /** A source-service {@code SourceKind} name. */
    @Column(name = "into_kind")
    public String intoKind;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
