CREATE TABLE legacy_accounts (
    id bigint PRIMARY KEY,
    balance numeric(12,2)
);
