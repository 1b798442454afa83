DROP INDEX IX_users_legacy ON dbo.users;
