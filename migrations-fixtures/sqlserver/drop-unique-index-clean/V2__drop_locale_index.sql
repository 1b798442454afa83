DROP INDEX dbo.users.IX_users_unique_locale;
