CREATE VIEW dbo.user_emails AS SELECT id, email FROM dbo.users;
