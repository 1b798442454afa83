ALTER TABLE certificates RENAME COLUMN not_after TO expires_at;
