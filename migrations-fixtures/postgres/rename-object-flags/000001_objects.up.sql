CREATE SCHEMA reporting;

CREATE SEQUENCE invoice_number_seq;

CREATE FUNCTION normalize_email(raw text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(raw) $$;

CREATE TYPE postal_address AS (street text, city text);

CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');

CREATE TABLE documents (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    updated_at timestamptz
);

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := CURRENT_TIMESTAMP;
    RETURN NEW;
END;
$$;

CREATE TRIGGER documents_touch BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_tenant ON documents USING (tenant_id = current_setting('app.tenant_id')::bigint);
