package io.quotetrail.quote.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One occurrence of a quotation in one article. */
@Entity
@Table(name = "occurrence")
public class Occurrence {

    @Id
    public UUID id;

    @Column(name = "article_id")
    public UUID articleId;

    /** Position of the occurrence in its article, from 0. */
    public int ordinal;

    public String text;

    @Column(name = "start_offset")
    public int startOffset;

    @Column(name = "end_offset")
    public int endOffset;

    /** A {@code QuoteKind} name. */
    public String kind;

    public String cue;

    @Column(name = "speaker_as_written")
    public String speakerAsWritten;

    @Column(name = "speaker_source_id")
    public UUID speakerSourceId;

    @Column(name = "speaker_name")
    public String speakerName;

    @Column(name = "speaker_kind")
    public String speakerKind;

    public String medium;

    @Column(name = "occasion_date")
    public LocalDate occasionDate;

    @Column(name = "quote_id")
    public UUID quoteId;

    @Column(name = "part_of")
    public UUID partOf;
}
