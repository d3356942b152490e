-- A source merged into another that names the same entity stays as a tombstone pointing to the
-- survivor, so that every id held elsewhere (quote-service's rows, bookmarks) still resolves. Its
-- names and domains move to the survivor. Chains stay one hop long: merging the survivor later
-- points its tombstones at the new survivor too.
ALTER TABLE sources ADD COLUMN merged_into uuid REFERENCES sources (id);
ALTER TABLE sources ADD COLUMN merged_at timestamptz;
ALTER TABLE sources ADD CONSTRAINT sources_not_merged_into_itself CHECK (merged_into <> id);
ALTER TABLE sources ADD CONSTRAINT sources_merged_at_with_merged_into
    CHECK ((merged_into IS NULL) = (merged_at IS NULL));

-- A survivor's tombstones (its merged_from) and the tombstones to re-point, by index.
CREATE INDEX sources_merged_into_idx ON sources (merged_into) WHERE merged_into IS NOT NULL;
