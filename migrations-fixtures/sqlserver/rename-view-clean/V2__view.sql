CREATE VIEW dbo.named_users AS SELECT id, name FROM dbo.users WHERE name IS NOT NULL;
GO
EXEC sp_rename 'dbo.named_users', 'users_with_names';
