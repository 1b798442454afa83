ALTER TABLE legacy_accounts ALTER COLUMN status SET DEFAULT 'open';
