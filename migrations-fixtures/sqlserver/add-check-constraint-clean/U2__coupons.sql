DROP TABLE dbo.coupons;
