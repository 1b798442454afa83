ALTER TABLE accounts ADD CONSTRAINT accounts_api_key CHECK (length(api_key) = 40);
