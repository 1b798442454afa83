-- migrationlint:ignore-file ML301 reason: the previous release never reads serial (checked in review #412)
ALTER TABLE certificates RENAME COLUMN serial TO serial_number;
