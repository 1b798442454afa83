-- legacy_accounts predates the migrations (created by hand); no migration in the folder creates it.
ALTER TABLE legacy_accounts ALTER COLUMN balance TYPE numeric(14,2);
