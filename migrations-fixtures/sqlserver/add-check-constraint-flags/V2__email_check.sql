ALTER TABLE dbo.users ADD CONSTRAINT CK_users_email CHECK (email LIKE N'%@%');
