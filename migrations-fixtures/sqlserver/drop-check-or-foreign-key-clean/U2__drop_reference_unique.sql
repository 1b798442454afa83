ALTER TABLE dbo.orders ADD CONSTRAINT CK_orders_reference UNIQUE (reference);
