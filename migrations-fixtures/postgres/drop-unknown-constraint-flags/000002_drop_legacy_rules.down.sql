ALTER TABLE legacy_accounts ADD CONSTRAINT legacy_accounts_balance_rule CHECK (balance >= 0);
ALTER TABLE legacy_accounts ADD CONSTRAINT legacy_accounts_owner_rule CHECK (owner_id IS NOT NULL);
