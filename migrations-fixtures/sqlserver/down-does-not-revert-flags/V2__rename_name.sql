EXEC sp_rename 'dbo.users.name', 'full_name', 'COLUMN';
