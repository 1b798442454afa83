ALTER TABLE certificates DROP COLUMN requested_by;
