-- Forgets the rename, restores the wrong type and never recreates the index.
ALTER TABLE certificates ALTER COLUMN serial TYPE varchar(255);
