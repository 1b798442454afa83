CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    name text,
    deleted_at timestamptz
);

CREATE VIEW active_users AS SELECT id, email, name FROM users WHERE deleted_at IS NULL;

CREATE FUNCTION user_label(u_email text) RETURNS text LANGUAGE sql AS $$ SELECT u_email $$;
