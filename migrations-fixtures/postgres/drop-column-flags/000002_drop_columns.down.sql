ALTER TABLE users ADD COLUMN legacy_flag boolean;
ALTER TABLE users ADD COLUMN nickname text;
