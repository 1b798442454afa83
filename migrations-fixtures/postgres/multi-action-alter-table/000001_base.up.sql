CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    nickname text,
    age integer
);
