ALTER SEQUENCE invoice_number_seq INCREMENT BY 10;
ALTER FUNCTION normalize_email(text) IMMUTABLE;
ALTER TYPE postal_address ADD ATTRIBUTE zip text;
ALTER ROLE reporting CONNECTION LIMIT 5;
