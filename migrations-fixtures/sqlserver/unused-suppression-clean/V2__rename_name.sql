-- migrationlint:ignore-file ML301 reason: checked in review
EXEC sp_rename 'dbo.users.name', 'full_name', 'COLUMN';
