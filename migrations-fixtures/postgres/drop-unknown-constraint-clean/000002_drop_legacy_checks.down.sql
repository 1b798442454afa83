ALTER TABLE legacy_accounts ADD CONSTRAINT legacy_accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES legacy_accounts (id);
ALTER TABLE legacy_accounts ADD CONSTRAINT legacy_accounts_balance_check CHECK (balance < 1000000000);
