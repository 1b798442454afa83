ALTER TABLE dbo.teams DROP COLUMN owner_id;
