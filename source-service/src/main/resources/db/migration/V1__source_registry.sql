-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The registry of sources: people, organisations, governments, state media, news agencies,
-- outlets and platforms.
CREATE TABLE sources (
    id          uuid         PRIMARY KEY,
    name        varchar(300) NOT NULL,
    kind        varchar(32)  NOT NULL
        CONSTRAINT sources_kind_check CHECK (kind IN ('PERSON', 'ORGANIZATION', 'GOVERNMENT', 'STATE_MEDIA',
                                                      'NEWS_AGENCY', 'OUTLET', 'PLATFORM')),
    external_id varchar(200),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);

-- Listing pages through sources by (name, id).
CREATE INDEX sources_name_id_idx ON sources (name, id);

-- Every name a source goes by, its canonical name included. Mentions are matched on the
-- normalized key; the key is unique across the registry, so two concurrent requests can never
-- create two sources for one name: the loser of the race finds the winner's row instead.
CREATE TABLE source_aliases (
    alias_key  varchar(600) NOT NULL,
    -- Checked at commit, so that a name can be claimed before its new source is written.
    source_id  uuid         NOT NULL REFERENCES sources (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    alias      varchar(300) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    -- The primary key makes the normalized key unique.
    CONSTRAINT source_aliases_pkey PRIMARY KEY (alias_key)
);

CREATE INDEX source_aliases_source_id_idx ON source_aliases (source_id);
-- Substring filter of ListSources on alias keys.
CREATE INDEX source_aliases_alias_key_trgm_idx ON source_aliases USING gin (alias_key gin_trgm_ops);

-- Web domains of outlets ("theguardian.com"), lower-case, without "www.".
CREATE TABLE source_domains (
    domain     varchar(253) NOT NULL,
    source_id  uuid         NOT NULL REFERENCES sources (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    created_at timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT source_domains_pkey PRIMARY KEY (domain)
);

CREATE INDEX source_domains_source_id_idx ON source_domains (source_id);
