CREATE SCHEMA reporting;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SEQUENCE invoice_number_seq START WITH 1000;
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped');
CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');
CREATE VIEW reporting.user_directory AS SELECT id, email, name FROM users;
CREATE FUNCTION normalize_email(raw text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(raw)) $$;
CREATE OR REPLACE FUNCTION display_name(u users) RETURNS text LANGUAGE sql STABLE AS $$ SELECT coalesce(u.name, u.email) $$;
CREATE ROLE reporting_reader NOLOGIN;
