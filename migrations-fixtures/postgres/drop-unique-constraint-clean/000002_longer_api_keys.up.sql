ALTER TABLE accounts DROP CONSTRAINT accounts_api_key;
