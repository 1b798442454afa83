ALTER TABLE dbo.users DROP CONSTRAINT DF_users_locale;
