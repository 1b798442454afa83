CREATE EXTENSION IF NOT EXISTS citext;

CREATE SEQUENCE invoice_number_seq;

CREATE TYPE postal_address AS (street text, city text);

CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');

CREATE COLLATION german_phonebook (provider = icu, locale = 'de-u-co-phonebk');

CREATE ROLE legacy_batch NOLOGIN;

CREATE TABLE documents (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_tenant ON documents USING (tenant_id = current_setting('app.tenant_id')::bigint);
