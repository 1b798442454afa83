ALTER TABLE dbo.users DROP COLUMN full_name;
ALTER TABLE dbo.users ADD name NVARCHAR(200) NULL;
