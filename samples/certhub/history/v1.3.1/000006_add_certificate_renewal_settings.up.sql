ALTER TABLE issuers
    ADD COLUMN default_renew_before_days integer NOT NULL DEFAULT 30;

-- Hotfix for fresh installs: new certificates default to ECDSA keys.
ALTER TABLE certificates
    ADD COLUMN auto_renew boolean NOT NULL DEFAULT true,
    ADD COLUMN renew_before_days integer,
    ADD COLUMN key_algorithm text DEFAULT 'ecdsa-p256';
