CREATE EXTENSION IF NOT EXISTS citext;
CREATE POLICY documents_tenant ON documents USING (tenant_id = current_setting('app.tenant_id')::bigint);
CREATE ROLE legacy_batch NOLOGIN;
CREATE COLLATION german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');
CREATE TYPE postal_address AS (street text, city text);
CREATE SEQUENCE invoice_number_seq;
