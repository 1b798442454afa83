EXEC sp_rename 'dbo.UQ_users_login', 'UQ_users_email';
