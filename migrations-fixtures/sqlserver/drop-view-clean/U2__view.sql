DROP VIEW dbo.named_users;
