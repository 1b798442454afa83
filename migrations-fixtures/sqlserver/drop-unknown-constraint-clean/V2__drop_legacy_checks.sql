ALTER TABLE dbo.users DROP CONSTRAINT CK_users_legacy;
ALTER TABLE dbo.users DROP CONSTRAINT IF EXISTS FK_users_legacy_team;
