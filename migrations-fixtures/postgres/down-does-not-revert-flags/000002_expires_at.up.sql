ALTER TABLE certificates RENAME COLUMN not_after TO expires_at;
ALTER TABLE certificates ALTER COLUMN serial TYPE varchar(64);
DROP INDEX certificates_not_after_idx;
