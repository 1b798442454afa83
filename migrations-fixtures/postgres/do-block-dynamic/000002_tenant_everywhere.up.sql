-- Add tenant_id to every tenant-owned table.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['projects', 'invoices'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN tenant_id bigint', t);
    END LOOP;
END
$$;
