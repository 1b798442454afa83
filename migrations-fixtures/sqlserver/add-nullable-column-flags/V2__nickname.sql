ALTER TABLE dbo.users ADD nickname NVARCHAR(50) NULL;
ALTER TABLE dbo.users ADD phone VARCHAR(20);
