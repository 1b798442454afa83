-- legacy_accounts predates the migrations (created by hand); no migration in the folder creates it.
ALTER TABLE legacy_accounts DROP CONSTRAINT legacy_accounts_balance_check;
ALTER TABLE legacy_accounts DROP CONSTRAINT legacy_accounts_owner_id_fkey;
