DROP TABLE legacy_accounts;
