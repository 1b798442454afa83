DROP TABLE dbo.sessions;
