DROP VIEW dbo.user_emails;
