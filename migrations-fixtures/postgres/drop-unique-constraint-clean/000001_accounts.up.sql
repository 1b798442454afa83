CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    api_key text NOT NULL,
    CONSTRAINT accounts_api_key CHECK (length(api_key) = 40)
);
