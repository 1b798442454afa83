ALTER TABLE certificates DROP COLUMN expires_at;
ALTER TABLE certificates ADD COLUMN not_after timestamptz;
