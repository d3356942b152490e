-- Content words now leave out a possessive "'s" ("Uldenfoods's" and "Uldenfoods" are one word). Quotes
-- whose canonical wording holds one lose their index keys here; the startup backfill
-- (QuoteIndexBackfill) gives them new ones, and the band trigger follows.
update quote set minhash_bands = null, dated_stems = null
where canonical_text ~ '[[:alnum:]][''’]s([^[:alnum:]]|$)';
