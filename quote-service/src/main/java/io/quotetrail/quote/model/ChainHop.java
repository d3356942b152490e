package io.quotetrail.quote.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One hop of an occurrence's attribution chain; position 0 is the speaker. */
@Entity
@Table(name = "chain_hop")
public class ChainHop {

    @Id
    public UUID id;

    @Column(name = "occurrence_id")
    public UUID occurrenceId;

    public int position;

    @Column(name = "source_id")
    public UUID sourceId;

    @Column(name = "source_name")
    public String sourceName;

    /** A source-service {@code SourceKind} name. */
    @Column(name = "source_kind")
    public String sourceKind;

    public String evidence;
}
