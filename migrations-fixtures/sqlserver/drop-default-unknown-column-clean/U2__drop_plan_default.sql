ALTER TABLE dbo.accounts ADD CONSTRAINT DF_accounts_plan DEFAULT 'free' FOR [plan];
