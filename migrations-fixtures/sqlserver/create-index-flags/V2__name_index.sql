CREATE NONCLUSTERED INDEX IX_users_name ON dbo.users (name) INCLUDE (email) WITH (ONLINE = ON);
