ALTER TABLE dbo.orders DROP CONSTRAINT CK_orders_total;
ALTER TABLE dbo.orders DROP CONSTRAINT FK_orders_users;
