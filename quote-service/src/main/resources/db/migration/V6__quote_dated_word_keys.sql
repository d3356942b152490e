-- Quotes of anyone in the days around an occasion whose content words hold a new wording's, or are
-- held by it, are found by index look-ups bounded by one day's quotes, instead of reading every
-- quote of those days (see QuoteRepository#candidates and TextKeys#datedKey).
-- dated_stems: 'yyyy-mm-dd:stem' for each content word; dated_anchor: the same for the quote's
-- anchor word (TextKeys#anchor), for quotes of two or more content words.
-- Both are filled by the service (QuoteIndexBackfill) for quotes stored before this migration.
alter table quote add column dated_stems text[];
alter table quote add column dated_anchor text;
create index quote_dated_stems_idx on quote using gin (dated_stems) with (fastupdate = off);
create index quote_dated_anchor_idx on quote (dated_anchor);

-- The word indexes are read by every ingest and trace while quotes keep arriving: a pending list
-- of recent entries (GIN's fast update) is read in full by every look-up, so entries go straight
-- into the index instead.
alter index quote_content_stems_idx set (fastupdate = off);
alter index quote_minhash_bands_idx set (fastupdate = off);
