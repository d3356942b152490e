-- Quotes become clusters: variants of one utterance join one quote, found through a trigram
-- index on the normalised wording (never a scan of all quotes). A fragment ("heroic") is its own
-- quote, linked to the fuller quote it comes from by part_of.
create extension if not exists pg_trgm;

alter table quote drop constraint quote_text_speaker_uq;
alter table quote add column normalized_text text not null default '';
alter table quote add column fragment boolean not null default false;
alter table quote add column medium varchar(64);
-- The date the utterance is known by: its occasion when the text gives one, else the first publication.
alter table quote add column occasion_date date;
alter table quote add column part_of uuid references quote (id);

create index quote_normalized_trgm_idx on quote using gin (normalized_text gin_trgm_ops);
create index quote_speaker_idx on quote (speaker_key);
create index occurrence_part_of_idx on occurrence (part_of);
