ALTER TABLE dbo.users ADD nickname NVARCHAR(50) NULL;
EXEC sp_rename 'dbo.users.name', 'full_name', 'COLUMN';
