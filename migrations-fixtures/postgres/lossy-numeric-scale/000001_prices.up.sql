CREATE TABLE prices (
    id bigint PRIMARY KEY,
    amount numeric(12,4) NOT NULL
);
