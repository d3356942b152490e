-- Candidates for clustering come from indexes whose cost does not grow with the number of quotes:
-- the speaker's quotes of the weeks around the occasion (btree on speaker and date), quotes whose
-- content words hold or are held by the new wording (GIN on the stems), and the identical wording
-- (btree on its hash). The trigram index stays for search and trace, where users type words.
alter table quote add column content_stems text[] not null default '{}';
-- Quotes stored before this migration have no stems yet: they still take part through the speaker
-- window and the identical wording.
create index quote_content_stems_idx on quote using gin (content_stems);
create index quote_speaker_date_idx on quote (speaker_key, occasion_date);
drop index quote_speaker_idx;
create index quote_text_key_idx on quote (text_key);
