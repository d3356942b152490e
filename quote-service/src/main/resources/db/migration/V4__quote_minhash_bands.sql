-- Trace finds the quotes a pasted text may be through MinHash bands of their content words
-- (locality-sensitive hashing): equality look-ups in a GIN index, whatever the number of quotes,
-- instead of trigram similarity computed row by row. Quotes stored before are filled in by
-- quote-service at startup (QuoteIndexBackfill).
alter table quote add column minhash_bands bigint[];
create index quote_minhash_bands_idx on quote using gin (minhash_bands);
-- A quote's fragments are read with it (GET /quotes/{id}, trace): by index, not by scanning quotes.
create index quote_part_of_idx on quote (part_of);
