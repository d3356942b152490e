package io.quotetrail.source.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A web domain of an outlet, lower-case and without "www.", e.g. "example.com". */
@Entity
@Table(name = "source_domains")
public class SourceDomain {

    @Id
    @Column(length = 253)
    public String domain;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
