EXEC sp_rename 'dbo.touch_user', 'touch_account';
