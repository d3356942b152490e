package io.quotetrail.quote.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quotetrail.quote.model.Quote;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, UUID> {

    /** Candidates the indexes offer for a new occurrence: at most this many, nearest in date first. */
    static final int MAX_CANDIDATES = 200;

    /**
     * Serialises clustering for these speakers until the transaction ends, so that two articles
     * quoting the same person at once cannot create the same quote twice. All of an article's
     * speakers are locked at once, in one order for every transaction, so two articles naming the
     * same people in a different order cannot deadlock.
     */
    public Uni<Void> lockSpeakers(Collection<String> speakerKeys) {
        if (speakerKeys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] keys = speakerKeys.stream().map(key -> "quote-speaker:" + key).sorted().distinct().toArray(String[]::new);
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("select count(pg_advisory_xact_lock(hashtext(k))) from"
                                + " (select k from unnest(cast(?1 as text[])) k order by k) ordered")
                        .setParameter(1, keys)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** What the matcher reads of a stored quote: no index keys, no entity to track. */
    public record StoredQuote(UUID id, UUID speakerSourceId, String canonicalText, boolean fragment, String medium,
                              LocalDate occasionDate, UUID partOf) {
    }

    /**
     * What one new occurrence's candidates are looked up by.
     *
     * @param speakerKey    the speaker's key, or "" for none
     * @param textKey       the wording's key ({@code TextKeys#quoteTextKey})
     * @param stems         the wording's content words ({@code Wording#stems}), sorted
     * @param day           the occasion's day, or the article's
     * @param wordsByDay    for each day of the window across speakers, every content word dated by that day
     *                      ({@code TextKeys#datedKey}); empty for a wording of fewer than two content words
     */
    public record CandidateLookup(String speakerKey, String textKey, List<String> stems, LocalDate day,
                                  List<List<String>> wordsByDay) {
    }

    private static final String STORED_QUOTE_COLUMNS =
            "id, speaker_source_id, canonical_text, fragment, medium, occasion_date, part_of";

    /**
     * The quotes each new occurrence may belong to, from index look-ups whose cost does not grow
     * with the number of quotes stored. Only quotes {@code QuoteMatcher} could place it in are
     * asked for, since reading, sending and comparing the others was most of an ingest's cost:
     * <ul>
     * <li>the speaker's quotes of the weeks around the occasion that share a content word with it
     *     (every join needs one) or have none (a fragment of function words may be claimed);</li>
     * <li>the speaker's quotes with the same content words, at any date;</li>
     * <li>the same wording credited to no one, or, for an occurrence credited to no one or without
     *     content words, to anyone: a quote with a speaker matches another speaker's words only
     *     within days, which the next two find;</li>
     * <li>anyone's quote of the days around it whose content words hold all the new ones, found
     *     per day through words dated by day ({@code TextKeys#datedKey}), the index intersecting
     *     the words' lists;</li>
     * <li>anyone's quote of those days whose content words are all among the new ones: its anchor
     *     word ({@code TextKeys#anchor}) is among them, dated by its day.</li>
     * </ul>
     * All of an article's look-ups go in one statement, each a lateral subquery over its own row
     * of parameters: a round trip and a statement's fixed cost per article rather than per
     * quotation. Word lists travel space-joined, days bar-joined (content words hold neither); they
     * are split once per look-up ({@code offset 0} keeps the planner from re-splitting them for every
     * row compared). A condition on the look-up alone ({@code w.has_stems}) is checked once per
     * look-up, before its index is read. The text key is cast to the column's type, {@code char(64)}:
     * compared as text, the column would be cast instead and its index not used.
     *
     * @param speakerDays the half-width of the speaker's window
     * @return per look-up, in their order, at most {@value #MAX_CANDIDATES} quotes, nearest in date first
     */
    public Uni<List<List<StoredQuote>>> candidates(List<CandidateLookup> lookups, int speakerDays) {
        if (lookups.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        int count = lookups.size();
        String[] speakerKeys = new String[count];
        String[] days = new String[count];
        String[] textKeys = new String[count];
        String[] stems = new String[count];
        String[] wordsByDay = new String[count];
        for (int i = 0; i < count; i++) {
            CandidateLookup lookup = lookups.get(i);
            speakerKeys[i] = lookup.speakerKey();
            days[i] = lookup.day().toString();
            textKeys[i] = lookup.textKey();
            stems[i] = String.join(" ", lookup.stems());
            wordsByDay[i] = String.join("|", lookup.wordsByDay().stream().map(words -> String.join(" ", words)).toList());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(CANDIDATES, Object[].class)
                .setParameter(1, speakerKeys)
                .setParameter(2, days)
                .setParameter(3, textKeys)
                .setParameter(4, stems)
                .setParameter(5, wordsByDay)
                .setParameter(6, speakerDays)
                .getResultList()
                .map(rows -> {
                    List<Map<UUID, StoredQuote>> found = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        found.add(new LinkedHashMap<>()); // a quote may come from several look-ups
                    }
                    for (Object[] row : rows) {
                        StoredQuote quote = new StoredQuote(uuid(row[1]), uuid(row[2]), (String) row[3],
                                (Boolean) row[4], (String) row[5], localDate(row[6]), uuid(row[7]));
                        found.get(((Number) row[0]).intValue() - 1).putIfAbsent(quote.id(), quote);
                    }
                    return found.stream().map(quotes -> List.copyOf(quotes.values())).toList();
                }));
    }

    private static final String CANDIDATES = """
            select w.i, %1$s from (
                select i, speaker_key, cast(day as date) as day, cast(text_key as bpchar) as text_key,
                       string_to_array(stems, ' ') as stems, quote_stems_key(string_to_array(stems, ' ')) as stems_key,
                       stems <> '' as has_stems, string_to_array(by_day, '|') as by_day,
                       string_to_array(replace(by_day, '|', ' '), ' ') as dated_words
                from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as text[]), cast(?4 as text[]),
                            cast(?5 as text[])) with ordinality as given(speaker_key, day, text_key, stems, by_day, i)
                offset 0) w
            cross join lateral (
                select %1$s from (
                    select %1$s from quote
                    where w.speaker_key <> '' and quote.speaker_key = w.speaker_key
                      and occasion_date between w.day - cast(?6 as integer) and w.day + cast(?6 as integer)
                      and (not w.has_stems or content_stems && w.stems or content_stems = '{}')
                    union all
                    select %1$s from quote
                    where w.speaker_key <> '' and w.has_stems and quote.speaker_key = w.speaker_key
                      and quote_stems_key(content_stems) = w.stems_key
                    union all
                    select %1$s from quote where quote.text_key = w.text_key and quote.speaker_key = ''
                    union all
                    select %1$s from quote
                    where (w.speaker_key = '' or not w.has_stems) and quote.text_key = w.text_key
                    union all
                    select %1$s from unnest(w.by_day) as day_words
                    cross join lateral (select %1$s from quote where dated_stems @> string_to_array(day_words, ' ')) holding
                    union all
                    -- offset 0: else the planner answers <@ through the undated word index, where a common
                    -- word brings every quote that ever used it
                    select %1$s from (select * from quote where dated_anchor = any(w.dated_words) offset 0) held
                    where held.content_stems <@ w.stems
                ) found
                order by abs(occasion_date - w.day) limit %2$d) candidate
            order by w.i, abs(candidate.occasion_date - w.day)""".formatted(STORED_QUOTE_COLUMNS, MAX_CANDIDATES);

    private static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    /** Makes stored fragment quotes without a whole, and their occurrences, part of the whole quote. */
    public Uni<Void> linkFragments(Collection<UUID> fragmentIds, UUID whole) {
        if (fragmentIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = List.copyOf(fragmentIds);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "update quote set part_of = ?1 where id in (?2) and part_of is null")
                        .setParameter(1, whole).setParameter(2, ids).executeUpdate()
                        .chain(() -> session.createNativeQuery(
                                        "update occurrence set part_of = ?1 where quote_id in (?2) and part_of is null")
                                .setParameter(1, whole).setParameter(2, ids).executeUpdate()))
                .replaceWithVoid();
    }

    /** Quotes stored before all their index keys existed, a batch at a time. */
    public Uni<List<Quote>> withoutIndexKeys(int limit) {
        return find("minhashBands is null or datedStems is null").page(0, limit).list();
    }

    public Uni<List<Quote>> listByIds(Collection<UUID> ids) {
        return find("id in ?1", ids).list();
    }

    /** The fragment quotes taken from these quotes, oldest first. */
    public Uni<List<Quote>> listFragmentsOf(Collection<UUID> quoteIds) {
        return find("partOf in ?1 order by createdAt", quoteIds).list();
    }

    /** Quotes read per MinHash band by {@link #sharingBands}. */
    static final int QUOTES_PER_BAND = 100;

    /**
     * Quotes of anyone sharing MinHash bands with a wording ({@code Wording#bands}), those sharing
     * the most first. Each band is looked up on its own in quote_band's primary key and read up to
     * {@link #QUOTES_PER_BAND} quotes: a band of common words is shared by thousands of quotes
     * (6,810 of 361,791 in the generated corpus at 1M occurrences), and reading them all made a
     * trace take 170 ms; a quote that truly matches shares several bands, most of them rare. Only
     * the best {@code limit} quotes' rows are read.
     */
    public Uni<List<Quote>> sharingBands(long[] bands, int limit) {
        if (bands.length == 0) {
            return Uni.createFrom().item(List.of());
        }
        Long[] values = java.util.Arrays.stream(bands).boxed().toArray(Long[]::new);
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select q.* from (select quote_id as id, count(*) as shared"
                                + " from unnest(cast(?1 as bigint[])) as wanted(band)"
                                + " cross join lateral (select quote_id from quote_band where quote_band.band = wanted.band"
                                + " limit " + QUOTES_PER_BAND + ") per_band"
                                + " group by quote_id order by count(*) desc, quote_id limit ?2) best"
                                + " join quote q on q.id = best.id order by best.shared desc, q.id", Quote.class)
                .setParameter(1, values)
                .setParameter(2, limit)
                .getResultList());
    }

    /**
     * Credits up to {@code limit} quotes of a merged speaker to its survivor (a batch of a merge's
     * rewrite, through the index on the speaker key), so that the survivor's later occurrences find
     * them as candidates. Holds both speakers' clustering locks ({@link #lockSpeakers}) for the
     * batch's transaction.
     *
     * @return how many quotes changed
     */
    public Uni<Integer> reassignSpeaker(UUID from, UUID into, int limit) {
        return lockSpeakers(List.of(from.toString(), into.toString()))
                .chain(() -> Panache.getSession())
                .chain(session -> session.createNativeQuery("""
                                update quote set speaker_source_id = ?1, speaker_key = ?2
                                where id in (select id from quote where speaker_key = ?3 limit ?4)""")
                        .setParameter(1, into).setParameter(2, into.toString())
                        .setParameter(3, from.toString()).setParameter(4, limit)
                        .executeUpdate());
    }
}
