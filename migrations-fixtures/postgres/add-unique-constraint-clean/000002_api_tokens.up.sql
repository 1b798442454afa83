CREATE TABLE api_tokens (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    token text NOT NULL
);
