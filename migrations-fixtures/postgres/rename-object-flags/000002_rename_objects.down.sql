ALTER POLICY documents_tenant_isolation ON documents RENAME TO documents_tenant;
ALTER TRIGGER documents_set_updated_at ON documents RENAME TO documents_touch;
ALTER SCHEMA analytics RENAME TO reporting;
ALTER DOMAIN email_text RENAME TO email_address;
ALTER TYPE mailing_address RENAME TO postal_address;
ALTER SEQUENCE invoice_no_seq RENAME TO invoice_number_seq;
ALTER FUNCTION canonical_email(text) RENAME TO normalize_email;
