CREATE TABLE users (
    id bigint PRIMARY KEY,
    handle varchar(64) NOT NULL
);
