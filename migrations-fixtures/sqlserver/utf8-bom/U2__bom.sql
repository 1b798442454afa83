EXEC sp_rename 'dbo.users.full_name', 'name', 'COLUMN';
ALTER TABLE dbo.users DROP COLUMN nickname;
