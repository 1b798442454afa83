DROP TABLE documents;
DROP ROLE legacy_batch;
DROP COLLATION german_phonebook;
DROP DOMAIN email_address;
DROP TYPE postal_address;
DROP SEQUENCE invoice_number_seq;
DROP EXTENSION IF EXISTS citext;
