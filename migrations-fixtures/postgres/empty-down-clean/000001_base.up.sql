CREATE TABLE agents (
    id bigint PRIMARY KEY,
    name varchar(255) NOT NULL
);
