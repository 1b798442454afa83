DROP ROLE reporting_reader;
DROP FUNCTION display_name(users);
DROP FUNCTION normalize_email(text);
DROP VIEW reporting.user_directory;
DROP DOMAIN email_address;
DROP TYPE order_status;
DROP SEQUENCE invoice_number_seq;
DROP EXTENSION IF EXISTS pgcrypto;
DROP SCHEMA reporting;
