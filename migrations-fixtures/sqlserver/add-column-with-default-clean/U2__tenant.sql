ALTER TABLE dbo.users DROP COLUMN tenant_id;
