ALTER TABLE teams DROP COLUMN owner_id;
