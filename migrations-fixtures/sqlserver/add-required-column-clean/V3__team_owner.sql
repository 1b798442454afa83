ALTER TABLE dbo.teams ADD owner_id BIGINT NOT NULL;
