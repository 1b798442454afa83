-- Profile fields.
ALTER TABLE dbo.users ADD bio NVARCHAR(MAX) NULL;
ALTER TABLE dbo.users ADD website NVARCHAR(400) NULL;

ALTER TABLE dbo.users ADD avatar_url NVARCHAR(400) NULL DEFALT N'';
EXEC sp_rename 'dbo.users.name', 'display_name', 'COLUMN';
CREATE INDEX IX_users_display_name ON dbo.users (display_name);
