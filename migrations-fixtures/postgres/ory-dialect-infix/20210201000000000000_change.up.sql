CREATE INDEX identities_nid_idx ON identities (nid);
ALTER TABLE identities RENAME COLUMN traits TO data;
