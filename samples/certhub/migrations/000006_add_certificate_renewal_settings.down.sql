ALTER TABLE certificates
    DROP COLUMN key_algorithm,
    DROP COLUMN renew_before_days,
    DROP COLUMN auto_renew;

ALTER TABLE issuers
    DROP COLUMN default_renew_before_days;
