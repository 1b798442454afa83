CREATE UNIQUE INDEX UX_users_name ON dbo.users (name) WHERE name IS NOT NULL;
