DROP VIEW IF EXISTS dbo.named_users;
