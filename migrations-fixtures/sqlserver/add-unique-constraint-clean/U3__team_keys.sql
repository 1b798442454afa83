ALTER TABLE dbo.teams DROP CONSTRAINT UQ_teams_slug, PK_teams;
