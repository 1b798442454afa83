ALTER TABLE legacy_accounts ALTER COLUMN balance TYPE numeric(12,2);
