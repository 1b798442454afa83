-- migrationlint:ignore rename-column reason: the previous release reads certificates through the certificate_summary view only

ALTER TABLE certificates
    RENAME COLUMN serial TO serial_number;
