package io.quotetrail.source.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A person, organisation, government, state medium, news agency, outlet or platform. */
@Entity
@Table(name = "sources")
public class Source {

    @Id
    public UUID id;

    /** Canonical display name, as shown to users. */
    @Column(nullable = false, length = 300)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public SourceKind kind;

    /** Optional identifier in another registry, e.g. "wikidata:Q…". */
    @Column(name = "external_id", length = 200)
    public String externalId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The source this one was merged into, or {@code null}: a merged source is a tombstone pointing there. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "merged_at")
    public Instant mergedAt;

    public static Source create(String name, SourceKind kind, String externalId) {
        Source source = new Source();
        source.id = UUID.randomUUID();
        source.name = name;
        source.kind = kind;
        source.externalId = externalId;
        source.createdAt = Instant.now();
        source.updatedAt = source.createdAt;
        return source;
    }
}
