EXEC sp_rename N'dbo.users.IX_users_display_name', N'IX_users_name', N'INDEX';
