DROP TABLE documents;
DROP FUNCTION touch_updated_at();
DROP DOMAIN email_address;
DROP TYPE postal_address;
DROP FUNCTION normalize_email(text);
DROP SEQUENCE invoice_number_seq;
DROP SCHEMA reporting;
