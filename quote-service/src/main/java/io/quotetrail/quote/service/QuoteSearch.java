package io.quotetrail.quote.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quotetrail.quote.clustering.Wording;
import io.quotetrail.quote.repository.SourceMergeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Quotes by their words (through the index on their content words), speaker, source and date, a page at a time. */
@ApplicationScoped
public class QuoteSearch {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    /** Deeper than this, narrow the search: offsets this large cost more than they help. */
    static final int MAX_OFFSET = 10_000;

    private final SourceMergeRepository merges;

    public QuoteSearch(SourceMergeRepository merges) {
        this.merges = merges;
    }

    /** What was asked, validated. */
    public record Criteria(String text, String speaker, UUID sourceId, LocalDate from, LocalDate to, int pageSize,
                           int offset) {
    }

    public record Hit(UUID id, String canonicalText, String speakerName, LocalDate occasionDate, int occurrences,
                      UUID partOf) {
    }

    public record Page(List<Hit> hits, String nextPageToken) {
    }

    public static Criteria criteria(String text, String speaker, String sourceId, String from, String to, int pageSize,
                                    String pageToken) {
        if (pageSize < 0 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        UUID source = null;
        if (sourceId != null && !sourceId.isBlank()) {
            try {
                source = UUID.fromString(sourceId.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidArgumentException("source_id", "must be a UUID");
            }
        }
        return new Criteria(blankToNull(text), blankToNull(speaker), source, date(from, "from"), date(to, "to"),
                pageSize == 0 ? DEFAULT_PAGE_SIZE : pageSize, offset(pageToken));
    }

    /** A source id finds the quotes of the source it is now: merged ids lead to their survivor, and back. */
    @WithSession
    public Uni<Page> search(Criteria criteria) {
        if (criteria.sourceId() == null) {
            return search(criteria, List.of());
        }
        return merges.sameSource(criteria.sourceId()).chain(sourceIds -> search(criteria, sourceIds));
    }

    private Uni<Page> search(Criteria criteria, List<UUID> sourceIds) {
        StringBuilder sql = new StringBuilder("select q.id, q.canonical_text, q.occasion_date, q.part_of,"
                + " (select count(*) from occurrence o where o.quote_id = q.id) as occurrences,"
                + " (select o.speaker_name from occurrence o where o.quote_id = q.id and o.speaker_name is not null"
                + " order by o.id limit 1) as speaker_name from quote q where true");
        List<Object> parameters = new ArrayList<>();
        Wording words = criteria.text() == null ? null : Wording.of(criteria.text());
        if (words != null && !words.stems().isEmpty()) {
            // every content word searched for, through the GIN index on the quotes' content words
            parameters.add(words.stems().toArray(String[]::new));
            sql.append(" and q.content_stems @> cast(?").append(parameters.size()).append(" as text[])");
        } else if (words != null) {
            // only function words ("we will"): the wording itself, through the trigram index
            parameters.add("%" + words.normalized().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" and q.normalized_text like ?").append(parameters.size());
        }
        if (criteria.speaker() != null) {
            parameters.add("%" + criteria.speaker().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" and exists (select 1 from occurrence o where o.quote_id = q.id and lower(o.speaker_name) like ?")
                    .append(parameters.size()).append(")");
        }
        if (!sourceIds.isEmpty()) {
            parameters.add(sourceIds);
            sql.append(" and exists (select 1 from occurrence o join chain_hop h on h.occurrence_id = o.id"
                    + " where o.quote_id = q.id and h.source_id in (?").append(parameters.size()).append("))");
        }
        if (criteria.from() != null) {
            parameters.add(criteria.from());
            sql.append(" and q.occasion_date >= ?").append(parameters.size());
        }
        if (criteria.to() != null) {
            parameters.add(criteria.to());
            sql.append(" and q.occasion_date <= ?").append(parameters.size());
        }
        if (words != null) {
            // the fewer other words a quote has, the closer it is to what was searched for
            sql.append(" order by cardinality(q.content_stems), q.created_at, q.id");
        } else {
            sql.append(" order by q.created_at, q.id");
        }
        // one more row than asked tells whether there is a next page
        sql.append(" limit ").append(criteria.pageSize() + 1).append(" offset ").append(criteria.offset());
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString(), Object[].class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query.getResultList();
        }).map(rows -> {
            List<Hit> hits = new ArrayList<>();
            for (Object[] row : rows.subList(0, Math.min(rows.size(), criteria.pageSize()))) {
                hits.add(new Hit((UUID) row[0], (String) row[1], (String) row[5], (LocalDate) row[2],
                        ((Number) row[4]).intValue(), (UUID) row[3]));
            }
            int next = criteria.offset() + criteria.pageSize();
            return new Page(hits, rows.size() > criteria.pageSize() && next <= MAX_OFFSET ? token(next) : "");
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(field, "must be an ISO-8601 date (YYYY-MM-DD)");
        }
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String pageToken) {
        if (pageToken == null || pageToken.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(pageToken.strip()), StandardCharsets.UTF_8);
            int offset = Integer.parseInt(decoded.substring(2));
            if (!decoded.startsWith("o:") || offset < 0 || offset > MAX_OFFSET) {
                throw new IllegalArgumentException(decoded);
            }
            return offset;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidArgumentException("page_token", "is not a token this service issued");
        }
    }
}
