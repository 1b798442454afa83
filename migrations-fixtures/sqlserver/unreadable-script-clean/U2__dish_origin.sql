ALTER TABLE dbo.users DROP COLUMN origin;
