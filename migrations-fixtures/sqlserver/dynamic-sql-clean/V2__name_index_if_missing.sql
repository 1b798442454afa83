IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'IX_users_name')
    EXEC(N'CREATE INDEX IX_users_name ON dbo.users (name)');
