ALTER TABLE invoices DROP COLUMN tenant_id;
ALTER TABLE projects DROP COLUMN tenant_id;
