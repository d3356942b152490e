package io.quotetrail.quote.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A quote: the utterance that occurrences share. For now occurrences join the quote with the
 * same normalised wording and speaker; clustering of variants comes later.
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
}
