ALTER TABLE dbo.users ADD CONSTRAINT DF_users_created_at DEFAULT SYSUTCDATETIME() FOR created_at;
