ALTER TABLE dbo.users ADD nickname NVARCHAR(50) NULL;
