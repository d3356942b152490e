-- The speaker's quotes with the same content words at any date are looked up on a btree of the
-- speaker and a hash of the words. The GIN index on the words answers equality by intersecting
-- every word's list of quotes, which grows with the store for common words; it stays for search.
-- array_to_string is only stable (for arrays in general); for text[] it is immutable.
create function quote_stems_key(stems text[]) returns text language sql immutable parallel safe
    return md5(array_to_string(stems, ' '));
create index quote_speaker_stems_idx on quote (speaker_key, quote_stems_key(content_stems));
