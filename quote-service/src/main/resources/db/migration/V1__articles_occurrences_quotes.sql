-- Articles, the quotation occurrences extracted from them, their attribution chains, and the
-- quotes (clusters of occurrences of one utterance). Source names are snapshots taken when the
-- article was ingested; the ids point into source-service's registry.

create table article (
    id               uuid primary key,
    external_id      varchar(200),
    title            text,
    text             text         not null,
    text_sha256      char(64)     not null,
    -- Normalised outlet field of the request ('' when none): part of the idempotency key.
    outlet_key       varchar(300) not null,
    outlet_source_id uuid,
    outlet_name      text,
    outlet_kind      varchar(32),
    url              text,
    published_at     date,
    language         varchar(35),
    text_length      integer      not null,
    ingested_at      timestamptz  not null
);

-- Idempotency: one article per external id; without one, per (text, outlet).
create unique index article_external_id_uq on article (external_id) where external_id is not null;
create unique index article_text_outlet_uq on article (text_sha256, outlet_key) where external_id is null;
create index article_ingested_at_idx on article (ingested_at, id);

create table quote (
    id                uuid primary key,
    -- sha-256 of the normalised wording, and the speaker's source id ('' when unknown).
    text_key          char(64)    not null,
    speaker_key       varchar(64) not null,
    canonical_text    text        not null,
    speaker_source_id uuid,
    created_at        timestamptz not null,
    constraint quote_text_speaker_uq unique (text_key, speaker_key)
);

create table occurrence (
    id                uuid primary key,
    article_id        uuid        not null references article (id) on delete cascade,
    ordinal           integer     not null,
    text              text        not null,
    start_offset      integer     not null,
    end_offset        integer     not null,
    kind              varchar(16) not null,
    cue               varchar(100),
    speaker_as_written text,
    speaker_source_id uuid,
    speaker_name      text,
    speaker_kind      varchar(32),
    medium            varchar(64),
    occasion_date     date,
    quote_id          uuid        not null references quote (id),
    part_of           uuid references quote (id),
    constraint occurrence_article_ordinal_uq unique (article_id, ordinal),
    constraint occurrence_offsets_ck check (start_offset >= 0 and end_offset >= start_offset)
);
create index occurrence_quote_idx on occurrence (quote_id);

create table chain_hop (
    id           uuid primary key,
    occurrence_id uuid        not null references occurrence (id) on delete cascade,
    position     integer     not null,
    source_id    uuid        not null,
    source_name  text        not null,
    source_kind  varchar(32) not null,
    evidence     text,
    constraint chain_hop_occurrence_position_uq unique (occurrence_id, position)
);
