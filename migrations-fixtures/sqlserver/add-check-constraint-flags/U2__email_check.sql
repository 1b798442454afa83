ALTER TABLE dbo.users DROP CONSTRAINT CK_users_email;
