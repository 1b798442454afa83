EXEC sp_rename 'dbo.users', 'accounts';
