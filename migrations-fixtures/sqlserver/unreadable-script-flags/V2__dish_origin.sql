-- Café menu: where each user comes from
ALTER TABLE dbo.users ADD origin NVARCHAR(100) NULL;
