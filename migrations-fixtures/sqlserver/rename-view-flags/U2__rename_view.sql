EXEC sp_rename N'dbo.user_addresses', N'user_emails', N'OBJECT';
