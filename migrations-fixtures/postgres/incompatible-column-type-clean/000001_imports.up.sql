CREATE TABLE imports (
    id bigint PRIMARY KEY,
    external_ref text,
    legacy_id varchar(36),
    score integer,
    is_active boolean NOT NULL,
    metadata text,
    received_at timestamptz NOT NULL
);
