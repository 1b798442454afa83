DROP INDEX UX_users_name ON dbo.users;
