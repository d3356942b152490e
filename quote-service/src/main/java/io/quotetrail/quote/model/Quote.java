package io.quotetrail.quote.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.UUID;

/**
 * A quote: one utterance, shared by the occurrences that report it in whatever wording. Its
 * canonical text is the fullest variant seen; a fragment quote points to the fuller quote it
 * comes from.
 */
@Entity
@Table(name = "quote")
public class Quote {

    @Id
    public UUID id;

    @Column(name = "text_key")
    public String textKey;

    @Column(name = "speaker_key")
    public String speakerKey;

    @Column(name = "canonical_text")
    public String canonicalText;

    @Column(name = "speaker_source_id")
    public UUID speakerSourceId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "normalized_text")
    public String normalizedText;

    public boolean fragment;

    public String medium;

    @Column(name = "occasion_date")
    public java.time.LocalDate occasionDate;

    @Column(name = "part_of")
    public UUID partOf;

    /** The content words of the canonical wording, stemmed (see {@code Wording#stems}): what candidates are found by. */
    @Column(name = "content_stems")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] contentStems;

    /**
     * Each content word prefixed by the occasion's day ({@code TextKeys#datedKey}), empty without
     * a date: what quotes holding a word on a given day are found by.
     */
    @Column(name = "dated_stems")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] datedStems;

    /** The anchor word ({@code TextKeys#anchor}) prefixed by the day; null below two content words or without a date. */
    @Column(name = "dated_anchor")
    public String datedAnchor;

    /** MinHash bands of the content words ({@code Wording#bands}): what trace finds similar quotes by. */
    @Column(name = "minhash_bands")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public Long[] minhashBands;
}
