EXEC sp_rename 'dbo.users.nick', 'nickname', 'COLUMN';
