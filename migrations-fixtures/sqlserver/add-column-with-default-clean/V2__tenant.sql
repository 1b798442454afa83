ALTER TABLE dbo.users ADD tenant_id INT NOT NULL;
