CREATE SEQUENCE invoice_number_seq;

CREATE FUNCTION normalize_email(raw text) RETURNS text LANGUAGE sql AS $$ SELECT lower(raw) $$;

CREATE TYPE postal_address AS (street text, city text);

CREATE ROLE reporting NOLOGIN;
