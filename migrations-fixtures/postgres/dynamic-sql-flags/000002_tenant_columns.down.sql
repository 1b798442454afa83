ALTER TABLE orders DROP COLUMN tenant_id;
ALTER TABLE users DROP COLUMN tenant_id;
