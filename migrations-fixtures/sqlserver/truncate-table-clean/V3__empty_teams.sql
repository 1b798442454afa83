TRUNCATE TABLE dbo.teams;
