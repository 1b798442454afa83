CREATE INDEX IX_users_unique_locale ON dbo.users (locale);
