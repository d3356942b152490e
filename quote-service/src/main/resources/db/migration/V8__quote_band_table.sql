-- Trace reads at most 100 quotes per MinHash band. From the GIN index on quote.minhash_bands that
-- still meant the whole posting list of a common band and a heap visit per quote read. A table of
-- (band, quote) pairs with its primary key read in order stops after 100 entries and, once
-- vacuumed, never visits the quote rows it passes over (an index-only scan). It is kept by a
-- trigger, so every way a quote's bands change (a new quote, a new canonical wording, the startup
-- backfill) changes its rows in the same transaction.
create table quote_band (
    band     bigint not null,
    quote_id uuid   not null references quote (id) on delete cascade,
    primary key (band, quote_id)
);
-- The trigger's delete, by quote.
create index quote_band_quote_idx on quote_band (quote_id);

insert into quote_band (band, quote_id)
select distinct band, id from quote, unnest(minhash_bands) as band where minhash_bands is not null;

create function quote_band_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from quote_band where quote_id = new.id;
    end if;
    if new.minhash_bands is not null then
        insert into quote_band (band, quote_id)
        select distinct band, new.id from unnest(new.minhash_bands) as band;
    end if;
    return null;
end;
$$;

create trigger quote_band_on_insert after insert on quote
    for each row execute function quote_band_sync();
create trigger quote_band_on_update after update of minhash_bands on quote
    for each row when (old.minhash_bands is distinct from new.minhash_bands)
    execute function quote_band_sync();

-- Nothing else reads quotes by band: the GIN index only cost every write.
drop index quote_minhash_bands_idx;
