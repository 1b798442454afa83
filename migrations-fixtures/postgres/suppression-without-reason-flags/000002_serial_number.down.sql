ALTER TABLE certificates RENAME COLUMN serial_number TO serial;
