CREATE TABLE dishes (
    id bigint PRIMARY KEY,
    name text NOT NULL
);
