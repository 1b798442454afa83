-- migrationlint:ignore rename-column reason: the previous release reads users through a view
EXEC sp_rename 'dbo.users.name', 'full_name', 'COLUMN';
