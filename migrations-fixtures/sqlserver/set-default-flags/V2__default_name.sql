ALTER TABLE dbo.users ADD CONSTRAINT DF_users_name DEFAULT N'anonymous' FOR name;
