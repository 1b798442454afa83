ALTER TABLE dbo.users DROP CONSTRAINT UQ_users_email;
