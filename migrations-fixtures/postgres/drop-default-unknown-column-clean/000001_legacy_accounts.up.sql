CREATE TABLE legacy_accounts (
    id bigint PRIMARY KEY,
    status text DEFAULT 'open'
);
