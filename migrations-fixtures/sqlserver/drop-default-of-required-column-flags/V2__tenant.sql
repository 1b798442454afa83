ALTER TABLE dbo.users ADD tenant VARCHAR(40) NOT NULL CONSTRAINT DF_users_tenant DEFAULT 'main';
ALTER TABLE dbo.users DROP CONSTRAINT DF_users_tenant;
