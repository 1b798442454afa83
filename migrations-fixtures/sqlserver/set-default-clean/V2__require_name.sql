ALTER TABLE dbo.users ADD CONSTRAINT DF_users_name DEFAULT N'anonymous' FOR name;
UPDATE dbo.users SET name = N'anonymous' WHERE name IS NULL;
ALTER TABLE dbo.users ALTER COLUMN name NVARCHAR(200) NOT NULL;
