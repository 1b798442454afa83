DROP ROLE reporting;
DROP TYPE postal_address;
DROP FUNCTION normalize_email(text);
DROP SEQUENCE invoice_number_seq;
