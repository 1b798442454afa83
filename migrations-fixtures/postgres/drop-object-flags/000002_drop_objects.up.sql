DROP SEQUENCE invoice_number_seq;
DROP TYPE postal_address;
DROP DOMAIN email_address;
DROP COLLATION german_phonebook;
DROP ROLE legacy_batch;
DROP POLICY documents_tenant ON documents;
DROP EXTENSION citext;
