DROP TABLE dbo.teams;
