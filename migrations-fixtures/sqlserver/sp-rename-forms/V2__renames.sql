EXEC sp_rename 'dbo.users.name', 'display_name', 'COLUMN';
EXEC sys.sp_rename @newname = N'mail', @objtype = N'COLUMN', @objname = N'[dbo].[users].[email]';
EXECUTE sp_rename N'[users].[locale]', N'language', N'column';
EXEC sp_rename 'dbo.users.score', 'points';
EXEC sp_rename 'users', 'members';
