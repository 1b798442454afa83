ALTER TABLE dbo.orders DROP CONSTRAINT CK_orders_reference;
