CREATE TABLE import_batches (
    id bigint PRIMARY KEY,
    started_at timestamptz NOT NULL
);
