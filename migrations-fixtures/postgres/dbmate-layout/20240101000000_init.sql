-- migrate:up
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    legacy_flag boolean
);

-- migrate:down
DROP TABLE users;
