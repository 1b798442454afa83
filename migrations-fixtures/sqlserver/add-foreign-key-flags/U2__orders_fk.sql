ALTER TABLE dbo.orders DROP CONSTRAINT FK_orders_users;
