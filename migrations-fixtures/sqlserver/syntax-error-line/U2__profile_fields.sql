DROP INDEX IX_users_display_name ON dbo.users;
EXEC sp_rename 'dbo.users.display_name', 'name', 'COLUMN';
ALTER TABLE dbo.users DROP COLUMN IF EXISTS avatar_url, website, bio;
