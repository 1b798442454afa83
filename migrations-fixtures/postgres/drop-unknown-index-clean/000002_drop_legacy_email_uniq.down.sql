CREATE UNIQUE INDEX legacy_accounts_email_uniq ON legacy_accounts (email);
