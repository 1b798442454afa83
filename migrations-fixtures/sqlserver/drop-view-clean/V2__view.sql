CREATE VIEW dbo.named_users AS SELECT id, name FROM dbo.users WHERE name IS NOT NULL;
