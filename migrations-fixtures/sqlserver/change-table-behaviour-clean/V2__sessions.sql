CREATE TABLE dbo.sessions (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    user_id BIGINT NOT NULL CONSTRAINT FK_sessions_users REFERENCES dbo.users (id)
);
ALTER TABLE dbo.sessions NOCHECK CONSTRAINT FK_sessions_users;
