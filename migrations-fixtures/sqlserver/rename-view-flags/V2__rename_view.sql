EXEC sp_rename N'dbo.user_emails', N'user_addresses', N'OBJECT';
