DROP INDEX UX_users_legacy ON dbo.users;
