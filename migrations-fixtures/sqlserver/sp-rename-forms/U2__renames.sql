EXEC sp_rename 'members', 'users';
EXEC sp_rename 'dbo.users.points', 'score', 'COLUMN';
EXEC sp_rename 'dbo.users.language', 'locale', 'COLUMN';
EXEC sp_rename 'dbo.users.mail', 'email', 'COLUMN';
EXEC sp_rename 'dbo.users.display_name', 'name', 'COLUMN';
