CREATE TABLE import_queue (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL
);
