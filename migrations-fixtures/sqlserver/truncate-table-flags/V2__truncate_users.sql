TRUNCATE TABLE dbo.users;
