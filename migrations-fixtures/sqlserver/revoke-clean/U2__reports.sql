DROP TABLE dbo.reports;
