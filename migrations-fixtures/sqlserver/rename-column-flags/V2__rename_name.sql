-- Old queries select dbo.users.name.
EXEC sp_rename 'dbo.users.name', 'full_name', 'COLUMN';
