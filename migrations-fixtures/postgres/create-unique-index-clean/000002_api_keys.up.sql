CREATE TABLE api_keys (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    prefix text NOT NULL
);
CREATE UNIQUE INDEX api_keys_prefix_idx ON api_keys (prefix);
