ALTER TABLE dbo.orders ADD CONSTRAINT FK_orders_users FOREIGN KEY (user_id) REFERENCES dbo.users (id);
ALTER TABLE dbo.orders ADD CONSTRAINT CK_orders_total CHECK (total >= 0);
