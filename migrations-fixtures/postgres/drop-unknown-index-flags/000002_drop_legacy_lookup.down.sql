CREATE INDEX legacy_accounts_lookup ON legacy_accounts (email, status);
