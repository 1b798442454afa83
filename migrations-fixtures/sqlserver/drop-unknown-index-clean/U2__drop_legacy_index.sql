CREATE UNIQUE INDEX UX_users_legacy ON dbo.users (email, locale);
