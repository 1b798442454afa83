ALTER TABLE dbo.users ADD CONSTRAINT UQ_users_name_shape CHECK (name <> N'');
