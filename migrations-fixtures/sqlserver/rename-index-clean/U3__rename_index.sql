EXEC sp_rename 'users.IX_users_display_name', 'IX_users_name', 'INDEX';
