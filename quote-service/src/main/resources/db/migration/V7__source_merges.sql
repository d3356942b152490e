-- Sources merged in source-service's registry, as quote-service has applied them: each merged id
-- with the source it now is. Ingests that resolved a merged id before the merge write the
-- survivor instead (see SourceMergeRepository#reserve), and search by a merged id finds the
-- survivor's quotes. Chains stay one hop long, as in the registry.
create table source_merge (
    merged_id   uuid        primary key,
    into_id     uuid        not null,
    into_name   text        not null,
    into_kind   varchar(32) not null,
    recorded_at timestamptz not null,
    constraint source_merge_not_into_itself check (merged_id <> into_id)
);
create index source_merge_into_idx on source_merge (into_id);

-- A merge rewrites the rows that hold the merged id, found through these indexes a bounded batch
-- at a time (never a scan of all occurrences). The hop index also serves search by source.
create index chain_hop_source_idx on chain_hop (source_id);
create index occurrence_speaker_source_idx on occurrence (speaker_source_id);
create index article_outlet_source_idx on article (outlet_source_id);
-- Quotes are found by speaker_key through quote_speaker_date_idx.
