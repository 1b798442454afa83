ALTER INDEX UX_users_name ON dbo.users DISABLE;
