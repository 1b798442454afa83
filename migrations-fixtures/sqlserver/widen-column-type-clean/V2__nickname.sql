ALTER TABLE dbo.users ADD nickname VARCHAR(20) NULL;
