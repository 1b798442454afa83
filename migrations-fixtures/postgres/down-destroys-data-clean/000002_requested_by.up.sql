ALTER TABLE certificates ADD COLUMN requested_by text NOT NULL;
