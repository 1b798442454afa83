EXEC sp_rename 'dbo.touch_account', 'touch_user';
