EXEC sp_rename 'dbo.UQ_users_email', 'UQ_users_login';
