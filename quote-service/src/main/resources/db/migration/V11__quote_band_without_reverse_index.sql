-- A new quote's 16 bands cost 16 foreign-key checks and 16 entries in an index by quote, most of
-- what storing the quote cost. Quotes are never deleted, and the trigger writes only the quote's
-- own id, so the key guarded nothing; the index served only the trigger's delete when a quote's
-- canonical wording changes, which now finds the old rows by the old bands, through the primary
-- key. (Should quotes ever be deleted, a band left behind is harmless: trace joins the quote.)
alter table quote_band drop constraint quote_band_quote_id_fkey;
drop index quote_band_quote_idx;

create or replace function quote_band_sync() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.minhash_bands is not null then
        delete from quote_band where band = any(old.minhash_bands) and quote_id = old.id;
    end if;
    if new.minhash_bands is not null then
        insert into quote_band (band, quote_id)
        select distinct band, new.id from unnest(new.minhash_bands) as band;
    end if;
    return null;
end;
$$;
