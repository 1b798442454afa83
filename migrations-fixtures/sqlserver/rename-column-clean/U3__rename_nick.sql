EXEC sp_rename 'dbo.users.nickname', 'nick', 'COLUMN';
