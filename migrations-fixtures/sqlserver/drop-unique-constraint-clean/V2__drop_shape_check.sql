ALTER TABLE dbo.users DROP CONSTRAINT UQ_users_name_shape;
