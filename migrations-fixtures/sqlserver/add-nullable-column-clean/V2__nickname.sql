ALTER TABLE dbo.users ADD nickname NVARCHAR(50) NULL CONSTRAINT DF_users_nickname DEFAULT N'';
