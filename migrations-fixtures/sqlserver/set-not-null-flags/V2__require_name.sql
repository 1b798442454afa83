UPDATE dbo.users SET name = email WHERE name IS NULL;
ALTER TABLE dbo.users ALTER COLUMN name NVARCHAR(200) NOT NULL;
