ALTER TABLE dbo.users DROP CONSTRAINT users_legacy_rule;
