ALTER TABLE dbo.users DROP COLUMN nick;
