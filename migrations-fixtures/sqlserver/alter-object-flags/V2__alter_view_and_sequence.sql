ALTER VIEW dbo.user_emails AS SELECT id, email, name FROM dbo.users;
GO
ALTER SEQUENCE dbo.invoice_number RESTART WITH 1000;
