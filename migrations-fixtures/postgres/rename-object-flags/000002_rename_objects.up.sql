ALTER FUNCTION normalize_email(text) RENAME TO canonical_email;
ALTER SEQUENCE invoice_number_seq RENAME TO invoice_no_seq;
ALTER TYPE postal_address RENAME TO mailing_address;
ALTER DOMAIN email_address RENAME TO email_text;
ALTER SCHEMA reporting RENAME TO analytics;
ALTER TRIGGER documents_touch ON documents RENAME TO documents_set_updated_at;
ALTER POLICY documents_tenant ON documents RENAME TO documents_tenant_isolation;
