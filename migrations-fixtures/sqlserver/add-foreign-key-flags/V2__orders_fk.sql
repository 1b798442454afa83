ALTER TABLE dbo.orders WITH CHECK ADD CONSTRAINT FK_orders_users FOREIGN KEY (user_id) REFERENCES dbo.users (id);
