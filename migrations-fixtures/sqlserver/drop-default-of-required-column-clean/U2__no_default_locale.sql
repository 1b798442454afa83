ALTER TABLE dbo.users ADD CONSTRAINT DF_users_locale DEFAULT 'en' FOR locale;
