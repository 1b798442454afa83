-- migrationlint:ignore ML301
ALTER TABLE certificates RENAME COLUMN serial TO serial_number;
