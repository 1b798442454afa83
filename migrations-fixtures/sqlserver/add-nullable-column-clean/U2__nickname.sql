ALTER TABLE dbo.users DROP CONSTRAINT DF_users_nickname;
ALTER TABLE dbo.users DROP COLUMN nickname;
