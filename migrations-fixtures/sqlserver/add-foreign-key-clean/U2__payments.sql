DROP TABLE dbo.payments;
