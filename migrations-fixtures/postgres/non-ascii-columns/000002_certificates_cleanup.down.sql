ALTER TABLE certificates ADD COLUMN thumbprint text;
CREATE TABLE legacy_certificates (
    id bigint PRIMARY KEY,
    pem text NOT NULL
);
COMMENT ON TABLE certificates IS NULL;
