-- legacy_accounts predates the migrations (created by hand); no migration in the folder creates it.
DROP INDEX legacy_accounts_lookup;
