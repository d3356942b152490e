package io.quotetrail.quote.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An ingested article: its text exactly as received, and its outlet as resolved at ingest. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public UUID id;

    @Column(name = "external_id")
    public String externalId;

    public String title;

    /** Up to 2 MiB, and only ever written here: reading an article's quotes must not load it. */
    @Basic(fetch = FetchType.LAZY)
    public String text;

    @Column(name = "text_sha256")
    public String textSha256;

    @Column(name = "outlet_key")
    public String outletKey;

    @Column(name = "outlet_source_id")
    public UUID outletSourceId;

    @Column(name = "outlet_name")
    public String outletName;

    @Column(name = "outlet_kind")
    public String outletKind;

    public String url;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    public String language;

    @Column(name = "text_length")
    public int textLength;

    @Column(name = "ingested_at")
    public Instant ingestedAt;
}
