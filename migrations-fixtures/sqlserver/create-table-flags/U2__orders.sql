DROP TABLE dbo.orders;
