CREATE TABLE user_prefs (
    user_id bigint PRIMARY KEY,
    prefs jsonb NOT NULL DEFAULT '{}'
);
