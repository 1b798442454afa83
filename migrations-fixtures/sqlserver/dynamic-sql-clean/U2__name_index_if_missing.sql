DROP INDEX IF EXISTS IX_users_name ON dbo.users;
