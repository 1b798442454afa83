DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'orders'] LOOP
        EXECUTE 'ALTER TABLE ' || quote_ident(t) || ' ADD COLUMN tenant_id bigint';
    END LOOP;
END
$$;
