-- The backfill of users.name is kept: old code accepts any name.
ALTER TABLE users DROP COLUMN display_name;
