ALTER TABLE identities RENAME COLUMN data TO traits;
DROP INDEX identities_nid_idx;
