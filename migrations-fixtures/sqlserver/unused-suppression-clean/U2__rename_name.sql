EXEC sp_rename 'dbo.users.full_name', 'name', 'COLUMN';
