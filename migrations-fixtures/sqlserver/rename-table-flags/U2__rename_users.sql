EXEC sp_rename 'dbo.accounts', 'users';
