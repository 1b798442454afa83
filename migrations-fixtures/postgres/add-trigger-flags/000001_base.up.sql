CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    updated_at timestamptz
);

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message text NOT NULL
);
