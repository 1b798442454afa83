ALTER TABLE teams ADD COLUMN owner_id bigint NOT NULL;
