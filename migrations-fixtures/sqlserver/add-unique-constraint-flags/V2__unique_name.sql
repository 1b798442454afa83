ALTER TABLE dbo.users ADD CONSTRAINT UQ_users_name UNIQUE (name);
