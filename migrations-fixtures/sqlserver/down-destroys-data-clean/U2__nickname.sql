ALTER TABLE dbo.users DROP COLUMN nickname;
