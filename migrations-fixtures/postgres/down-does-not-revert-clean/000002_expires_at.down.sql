CREATE INDEX certificates_not_after_idx ON certificates (expires_at);
ALTER TABLE certificates ALTER COLUMN serial TYPE text;
ALTER TABLE certificates RENAME COLUMN expires_at TO not_after;
