package io.quotetrail.source.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A name a source goes by, its canonical name included. The normalized key is unique across the
 * registry: one name always means one source.
 */
@Entity
@Table(name = "source_aliases")
public class SourceAlias {

    @Id
    @Column(name = "alias_key", length = 600)
    public String aliasKey;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    /** The name as first registered, e.g. "Korean Central News Agency". */
    @Column(nullable = false, length = 300)
    public String alias;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
