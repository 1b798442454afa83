ALTER TABLE dbo.accounts DROP CONSTRAINT DF_accounts_plan;
