ALTER TABLE dbo.users ADD score INT NULL;
