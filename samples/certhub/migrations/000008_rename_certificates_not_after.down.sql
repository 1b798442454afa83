ALTER INDEX certificates_expires_at_idx RENAME TO certificates_not_after_idx;
ALTER TABLE certificates RENAME COLUMN expires_at TO not_after;
