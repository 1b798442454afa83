CREATE OR ALTER VIEW dbo.user_emails AS SELECT id, email, name FROM dbo.users;
