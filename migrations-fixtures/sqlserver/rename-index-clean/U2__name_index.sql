DROP INDEX IX_users_name ON dbo.users;
